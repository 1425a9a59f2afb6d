/**
 * The hub's "now". In service it is the system clock; tests give every hub a fixed one. Whatever it is, the
 * hub decides by it and the database follows it (see db/follow-clock.ts), so both agree on the date.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

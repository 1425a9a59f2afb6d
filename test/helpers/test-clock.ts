import { chinaDate } from '../../src/common/china-date';

/**
 * The instant every test hub lives at unless its test moves it: a Monday noon in China, away from the year's
 * edges. Tests derive expected dates from it, never from the wall clock, so the suite passes on any date.
 */
export const TEST_NOW = new Date('2026-06-15T04:00:00Z');

/** TEST_NOW's date in China. */
export const TEST_TODAY = chinaDate(TEST_NOW);

/** The China date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A clock a test can move: `clock.now` is what the hub sees. */
export class TestClock {
  constructor(public now: Date = TEST_NOW) {}
  readonly read = (): Date => this.now;
  set(instant: Date | string): void {
    this.now = new Date(instant);
  }
}

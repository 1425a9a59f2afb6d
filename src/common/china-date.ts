/** China keeps one time zone, UTC+8, without daylight saving: the plan's dates are China dates. */

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant a China calendar date ends (its next midnight, UTC+8). */
export function endOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant a China calendar date ends (its next midnight, UTC+8). */
export function endOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
}

/**
 * The date `n` working days after `from` (not counting `from`): Monday to Friday, less the calendar's
 * holidays, plus its makeup working days (调休).
 */
export function addWorkingDays(from: string, n: number, calendar: Map<string, 'holiday' | 'workday'>): string {
  const day = new Date(`${from}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    const kind = calendar.get(iso);
    const weekday = day.getUTCDay() >= 1 && day.getUTCDay() <= 5;
    if (kind === 'workday' || (weekday && kind !== 'holiday')) left--;
  }
  return day.toISOString().slice(0, 10);
}

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

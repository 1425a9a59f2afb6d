import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import days from 'chinese-days/dist/chinese-days.json';
import { version } from 'chinese-days/package.json';

/** The calendar's source for the days the State Council's notices fix (国务院办公厅关于部分节假日安排的通知). */
export const OFFICIAL_SOURCE = `chinese-days ${version}`;

/** 「National Day,国庆节,3」 → 国庆节. */
const nameOf = (entry: string) => entry.split(',')[1] ?? entry;

/**
 * Loads the public holidays and 调休 working days of every year the package knows into calendar_day, at start. A
 * day the administrator set or cancelled stays as the administrator left it; a newer package adds the new years.
 */
export async function syncOfficialCalendar(ds: DataSource, logger: Logger): Promise<void> {
  const entries = [
    ...Object.entries(days.holidays).map(([day, entry]) => [day, 'holiday', nameOf(entry)]),
    ...Object.entries(days.workdays).map(([day, entry]) => [day, 'workday', `${nameOf(entry)}调休`]),
  ];
  const inserted: unknown[] = await ds.query(
    `INSERT INTO calendar_day (day, kind, name, source)
     SELECT d::date, k, n, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS x(d, k, n)
     ON CONFLICT (day) DO NOTHING RETURNING day`,
    [entries.map((e) => e[0]), entries.map((e) => e[1]), entries.map((e) => e[2]), OFFICIAL_SOURCE],
  );
  if (inserted.length) logger.info({ days: inserted.length, source: OFFICIAL_SOURCE }, 'official holiday calendar loaded');
}

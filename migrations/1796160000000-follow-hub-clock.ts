import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns whose default was the database's own now(). */
const STAMPED = [
  ['api_key', 'created_at'],
  ['catalog_resource', 'updated_at'],
  ['catalog_version', 'changed_at'],
  ['data_change', 'changed_at'],
] as const;

/** The data-change trigger's function, stamping changes with `now` (an SQL expression). */
const noteDataChange = (now: string) => `
  CREATE OR REPLACE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO data_change (table_name, version, changed_at) VALUES (TG_TABLE_NAME, 1, ${now})
    ON CONFLICT (table_name) DO UPDATE SET version = data_change.version + 1, changed_at = ${now};
    RETURN NULL;
  END $$`;

/**
 * The hub's clock decides "now"; the database follows it. `hub_now()` is the instant the hub handed this
 * connection (setting `soilhub.now`, set only when the hub runs on a clock other than the system's, as in
 * tests), else `now()`. Defaults and the data-change trigger use it, so a test hub and its database agree.
 */
export class FollowHubClock1796160000000 implements MigrationInterface {
  name = 'FollowHubClock1796160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION hub_now() RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT coalesce(nullif(current_setting('soilhub.now', true), '')::timestamptz, now()) $$`);
    await q.query(noteDataChange('hub_now()'));
    for (const [table, column] of STAMPED) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DEFAULT hub_now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column] of STAMPED) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DEFAULT now()`);
    await q.query(noteDataChange('now()'));
    await q.query(`DROP FUNCTION hub_now()`);
  }
}

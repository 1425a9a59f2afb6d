import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes the public sees: their version keys the response cache, their time the disclosure index. */
const TRACKED = [
  'county', 'department', 'analyte', 'gb15618_threshold', 'gb36600_threshold', 'industrial_park', 'hazardous_waste_facility',
  'key_enterprise', 'contaminated_site', 'monitoring_point', 'soil_sample', 'measurement', 'farmland_unit', 'designated_county',
  'designated_county_figure', 'land_parcel', 'planned_land_use', 'plan_target', 'plan_task', 'plan_task_department',
  'self_monitoring_report', 'remediation_project', 'remediation_progress_report', 'remediation_evaluation', 'agri_product_sample',
  'irrigation_water_sample', 'safe_use_measure', 'prohibited_zone', 'land_transaction', 'construction_project', 'planning_permit',
  'task_progress_report',
];

/**
 * One row per table counting its write statements (statement-level triggers: a bulk load costs one update).
 * Caches compare the sum; the disclosure index shows each table's last change.
 */
export class TrackDataChanges1795913800000 implements MigrationInterface {
  name = 'TrackDataChanges1795913800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_change (table_name text PRIMARY KEY, version bigint NOT NULL DEFAULT 0, changed_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE FUNCTION note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO data_change (table_name, version, changed_at) VALUES (TG_TABLE_NAME, 1, now())
        ON CONFLICT (table_name) DO UPDATE SET version = data_change.version + 1, changed_at = now();
        RETURN NULL;
      END $$`);
    for (const table of TRACKED) {
      await q.query(`INSERT INTO data_change (table_name) VALUES ($1)`, [table]);
      await q.query(`CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION note_data_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TRACKED) await q.query(`DROP TRIGGER ${table}_changed ON "${table}"`);
    await q.query(`DROP FUNCTION note_data_change()`);
    await q.query(`DROP TABLE data_change`);
  }
}

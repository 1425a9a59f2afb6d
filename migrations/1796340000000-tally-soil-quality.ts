import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The samples that count toward soil quality (alias s for soil_sample, e for monitoring_point), as soilQualitySummary defines them. */
const COUNTED = `s.depth_top_cm = 0 AND s.ph IS NOT NULL AND e.point_type IN ('farmland', 'national_control', 'provincial_control')`;
const BAND = `(CASE WHEN s.ph <= 5.5 THEN 'le_5_5' WHEN s.ph <= 6.5 THEN '5_5_to_6_5' WHEN s.ph <= 7.5 THEN '6_5_to_7_5' ELSE 'gt_7_5' END)::ph_band`;
const SCREENING = `t.analyte_id = m.analyte_id AND t.kind = 'screening' AND t.ph_band = ${BAND} AND t.land_type IN ('other', 'all')`;
/** Counts of measurements `m` (joined to their sample and point) by analyte, county and year. */
const counts = (from: string, where = 'TRUE') => `
  SELECT m.analyte_id, e.county_id, extract(year FROM s.sampled_on)::int AS year, count(*)::int AS samples,
         (count(*) FILTER (WHERE m.value > t.value))::int AS exceedances
    FROM ${from} JOIN soil_sample s ON s.id = m.sample_id JOIN monitoring_point e ON e.id = s.point_id JOIN gb15618_threshold t ON ${SCREENING}
   WHERE ${COUNTED} AND ${where}
   GROUP BY 1, 2, 3`;
const ADD = `ON CONFLICT (analyte_id, county_id, year) DO UPDATE
  SET samples = soil_quality_tally.samples + excluded.samples, exceedances = soil_quality_tally.exceedances + excluded.exceedances`;

/** A trigger function recounting, for every analyte with a screening value, the groups (county_id, year) `groups` selects. */
const recountTrigger = (name: string, groups: string) => `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE a int[]; c int[]; y int[];
  BEGIN
    SELECT array_agg(t.analyte_id), array_agg(g.county_id), array_agg(g.year) INTO a, c, y
      FROM (${groups}) g CROSS JOIN (SELECT DISTINCT analyte_id FROM gb15618_threshold WHERE kind = 'screening') t;
    IF a IS NOT NULL THEN PERFORM soil_quality_recount(a, c, y); END IF;
    RETURN NULL;
  END $$`;
/** The groups of the samples in `rows` (alias r: point_id, sampled_on). */
const sampleGroups = (rows: string) =>
  `SELECT DISTINCT e.county_id, extract(year FROM r.sampled_on)::int AS year FROM ${rows} r JOIN monitoring_point e ON e.id = r.point_id`;

/**
 * soilQualitySummary read every matching measurement (0.8 s for one analyte at 10^6). It now reads this table:
 * samples and exceedances of the screening value by analyte, county and year, kept exact by triggers in the same
 * transaction as the change. New or removed measurements add or subtract their counts; a change to a sample, a
 * point or a threshold recounts the groups it touches from the base tables. Tally changes take one advisory lock,
 * so transactions that change soil data commit their counts in turn and a recount never misses a commit (writers
 * of these tables already wait for each other on their data_change row, so this adds no new wait).
 */
export class TallySoilQuality1796340000000 implements MigrationInterface {
  name = 'TallySoilQuality1796340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE soil_quality_tally (
      analyte_id integer NOT NULL, county_id integer NOT NULL, year integer NOT NULL,
      samples integer NOT NULL, exceedances integer NOT NULL,
      PRIMARY KEY (analyte_id, county_id, year))`);
    await q.query(`CREATE FUNCTION soil_quality_tally_lock() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(7305214004) $$`);
    // Recounts the groups named by parallel arrays (analyte, county, year) from the base tables.
    await q.query(`CREATE FUNCTION soil_quality_recount(analytes int[], counties int[], years int[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM soil_quality_tally_lock();
        DELETE FROM soil_quality_tally q USING unnest(analytes, counties, years) AS k(analyte_id, county_id, year)
         WHERE (q.analyte_id, q.county_id, q.year) = (k.analyte_id, k.county_id, k.year);
        INSERT INTO soil_quality_tally ${counts(
          `(SELECT DISTINCT * FROM unnest(analytes, counties, years) AS u(analyte_id, county_id, year)) k JOIN measurement m ON m.analyte_id = k.analyte_id`,
          `e.county_id = k.county_id AND s.sampled_on >= make_date(k.year, 1, 1) AND s.sampled_on < make_date(k.year + 1, 1, 1)`,
        )};
      END $$`);
    await q.query(`CREATE FUNCTION soil_quality_recount_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM soil_quality_tally_lock();
        DELETE FROM soil_quality_tally;
        INSERT INTO soil_quality_tally ${counts('measurement m')};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION soil_quality_measurements_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM soil_quality_tally_lock();
        INSERT INTO soil_quality_tally ${counts('added m')} ${ADD};
        RETURN NULL;
      END $$`);
    // A measurement removed with its sample finds no sample here: the sample's own trigger recounts its groups.
    await q.query(`CREATE FUNCTION soil_quality_measurements_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM soil_quality_tally_lock();
        INSERT INTO soil_quality_tally SELECT analyte_id, county_id, year, -samples, -exceedances FROM (${counts('removed m')}) c ${ADD};
        DELETE FROM soil_quality_tally WHERE samples = 0;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION soil_quality_measurements_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM soil_quality_tally_lock();
        INSERT INTO soil_quality_tally SELECT analyte_id, county_id, year, -samples, -exceedances FROM (${counts('removed m')}) c ${ADD};
        INSERT INTO soil_quality_tally ${counts('added m')} ${ADD};
        DELETE FROM soil_quality_tally WHERE samples = 0;
        RETURN NULL;
      END $$`);
    // Samples and points: every group a changed row was or is in, for every analyte with a screening value.
    await q.query(recountTrigger('soil_quality_samples_changed', sampleGroups('(SELECT point_id, sampled_on FROM removed UNION SELECT point_id, sampled_on FROM added)')));
    // A point's samples, in its old county and its new one, when the county or the type changed.
    await q.query(
      recountTrigger(
        'soil_quality_points_changed',
        `SELECT DISTINCT p.county_id, extract(year FROM s.sampled_on)::int AS year
           FROM (SELECT o.id, unnest(ARRAY[o.county_id, n.county_id]) AS county_id FROM removed o JOIN added n ON n.id = o.id
                  WHERE (o.county_id, o.point_type) IS DISTINCT FROM (n.county_id, n.point_type)) p
           JOIN soil_sample s ON s.point_id = p.id`,
      ),
    );
    const on = (table: string, event: string, fn: string, referencing: string) =>
      q.query(
        `CREATE TRIGGER soil_quality_tally_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    await on('measurement', 'INSERT', 'soil_quality_measurements_added', 'NEW TABLE AS added');
    await on('measurement', 'DELETE', 'soil_quality_measurements_removed', 'OLD TABLE AS removed');
    await on('measurement', 'UPDATE', 'soil_quality_measurements_changed', 'OLD TABLE AS removed NEW TABLE AS added');
    await on('soil_sample', 'UPDATE', 'soil_quality_samples_changed', 'OLD TABLE AS removed NEW TABLE AS added');
    await q.query(recountTrigger('soil_quality_samples_removed', sampleGroups('removed')));
    await on('soil_sample', 'DELETE', 'soil_quality_samples_removed', 'OLD TABLE AS removed');
    await on('monitoring_point', 'UPDATE', 'soil_quality_points_changed', 'OLD TABLE AS removed NEW TABLE AS added');
    // Thresholds are reference data, changed by migrations: recount everything.
    for (const event of ['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'])
      await q.query(`CREATE TRIGGER soil_quality_tally_${event.toLowerCase()} AFTER ${event} ON gb15618_threshold FOR EACH STATEMENT EXECUTE FUNCTION soil_quality_recount_all()`);
    for (const table of ['measurement', 'soil_sample'])
      await q.query(`CREATE TRIGGER soil_quality_tally_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION soil_quality_recount_all()`);
    await q.query(`INSERT INTO soil_quality_tally ${counts('measurement m')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['measurement', 'soil_sample']) await q.query(`DROP TRIGGER soil_quality_tally_truncate ON ${table}`);
    for (const event of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER soil_quality_tally_${event} ON gb15618_threshold`);
    await q.query(`DROP TRIGGER soil_quality_tally_update ON monitoring_point`);
    await q.query(`DROP TRIGGER soil_quality_tally_delete ON soil_sample`);
    await q.query(`DROP TRIGGER soil_quality_tally_update ON soil_sample`);
    for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER soil_quality_tally_${event} ON measurement`);
    for (const fn of [
      'soil_quality_samples_removed',
      'soil_quality_points_changed',
      'soil_quality_samples_changed',
      'soil_quality_measurements_changed',
      'soil_quality_measurements_removed',
      'soil_quality_measurements_added',
      'soil_quality_recount_all',
    ])
      await q.query(`DROP FUNCTION ${fn}()`);
    await q.query(`DROP FUNCTION soil_quality_recount(int[], int[], int[])`);
    await q.query(`DROP FUNCTION soil_quality_tally_lock()`);
    await q.query(`DROP TABLE soil_quality_tally`);
  }
}

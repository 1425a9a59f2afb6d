import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * The tally behind soilQualitySummary stays equal to counting the base tables afresh, whatever changes them:
 * measurements added, corrected or removed, a sample's pH, date or depth corrected, a sample removed with its
 * measurements, a point moved to another county or retyped, a screening value revised.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

/** soilQualitySummary's definition, counted from the base tables. */
const counted = () =>
  sql(`SELECT m.analyte_id, e.county_id, extract(year FROM s.sampled_on)::int AS year, count(*)::int AS samples,
              (count(*) FILTER (WHERE m.value > t.value))::int AS exceedances
         FROM measurement m JOIN soil_sample s ON s.id = m.sample_id JOIN monitoring_point e ON e.id = s.point_id
         JOIN gb15618_threshold t ON t.analyte_id = m.analyte_id AND t.kind = 'screening' AND t.land_type IN ('other', 'all')
          AND t.ph_band = (CASE WHEN s.ph <= 5.5 THEN 'le_5_5' WHEN s.ph <= 6.5 THEN '5_5_to_6_5' WHEN s.ph <= 7.5 THEN '6_5_to_7_5' ELSE 'gt_7_5' END)::ph_band
        WHERE s.depth_top_cm = 0 AND s.ph IS NOT NULL AND e.point_type IN ('farmland', 'national_control', 'provincial_control')
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
const tallied = () => sql(`SELECT analyte_id, county_id, year, samples, exceedances FROM soil_quality_tally ORDER BY 1, 2, 3`);
const expectExact = async () => expect(await tallied()).toEqual(await counted());

/** A counted farmland sample of 2015 in 大城县 with a Cd value, made for the test; its ids. */
async function probeSample(code: string, cd: number): Promise<{ sample: number; point: number }> {
  const [p] = await sql(`SELECT p.id FROM monitoring_point p JOIN county c ON c.id = p.county_id
                          WHERE c.name = '大城县' AND p.point_type = 'farmland' ORDER BY p.id LIMIT 1`);
  const [s] = await sql(
    `INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source)
     VALUES ($1, $2, '2015-06-01', 0, 20, 7.0, 'synthetic') RETURNING id`,
    [code, p.id],
  );
  await sql(
    `INSERT INTO measurement (sample_id, analyte_id, value, unit, source) VALUES ($1, (SELECT id FROM analyte WHERE code = 'Cd'), $2, 'mg/kg', 'synthetic')`,
    [s.id, cd],
  );
  return { sample: s.id, point: p.id };
}

const cdIn = async (county: string, year: number) => {
  const [row] = await sql(
    `SELECT q.samples, q.exceedances FROM soil_quality_tally q JOIN county c ON c.id = q.county_id
      WHERE c.name = $1 AND q.year = $2 AND q.analyte_id = (SELECT id FROM analyte WHERE code = 'Cd')`,
    [county, year],
  );
  return row ?? { samples: 0, exceedances: 0 };
};

describe('the soil quality tally', () => {
  it('starts equal to the base tables, over the loaded data', async () => {
    const rows = await tallied();
    expect(rows.length).toBeGreaterThan(10);
    await expectExact();
  });

  it('follows measurements added, corrected and removed', async () => {
    const before = await cdIn('大城县', 2015);
    const { sample } = await probeSample('TALLY-1', 0.9);
    // Cd's screening value at 6.5 < pH ≤ 7.5 is 0.3 mg/kg: 0.9 exceeds it.
    expect(await cdIn('大城县', 2015)).toEqual({ samples: before.samples + 1, exceedances: before.exceedances + 1 });
    await sql(`UPDATE measurement SET value = 0.1 WHERE sample_id = $1`, [sample]);
    expect(await cdIn('大城县', 2015)).toEqual({ samples: before.samples + 1, exceedances: before.exceedances });
    await expectExact();
    await sql(`DELETE FROM measurement WHERE sample_id = $1`, [sample]);
    expect(await cdIn('大城县', 2015)).toEqual(before);
    await expectExact();
  });

  it("follows a sample's pH, date and depth corrected, and the sample removed with its measurements", async () => {
    const before = await cdIn('大城县', 2015);
    const { sample } = await probeSample('TALLY-2', 0.5);
    expect((await cdIn('大城县', 2015)).exceedances).toBe(before.exceedances + 1);
    // At pH ≤ 5.5 the screening value is also 0.3; above 7.5 it is 0.6: 0.5 no longer exceeds.
    await sql(`UPDATE soil_sample SET ph = 8.0 WHERE id = $1`, [sample]);
    expect(await cdIn('大城县', 2015)).toEqual({ samples: before.samples + 1, exceedances: before.exceedances });
    await sql(`UPDATE soil_sample SET sampled_on = '2016-03-01' WHERE id = $1`, [sample]);
    expect(await cdIn('大城县', 2015)).toEqual(before);
    await expectExact();
    await sql(`UPDATE soil_sample SET depth_top_cm = 20, depth_bottom_cm = 40 WHERE id = $1`, [sample]);
    await expectExact();
    await sql(`UPDATE soil_sample SET depth_top_cm = 0, depth_bottom_cm = 20 WHERE id = $1`, [sample]);
    await expectExact();
    await sql(`DELETE FROM soil_sample WHERE id = $1`, [sample]);
    await expectExact();
  });

  it('follows a point moved to another county or retyped', async () => {
    const { point } = await probeSample('TALLY-3', 0.9);
    const [{ county }] = await sql(`SELECT county_id AS county FROM monitoring_point WHERE id = $1`, [point]);
    await sql(`UPDATE monitoring_point SET county_id = (SELECT id FROM county WHERE name = '文安县') WHERE id = $1`, [point]);
    await expectExact();
    await sql(`UPDATE monitoring_point SET point_type = 'key_enterprise' WHERE id = $1`, [point]);
    await expectExact();
    await sql(`UPDATE monitoring_point SET county_id = $2, point_type = 'farmland' WHERE id = $1`, [point, county]);
    await expectExact();
  });

  it('follows a screening value revised, and soilQualitySummary answers from it', async () => {
    await sql(`UPDATE gb15618_threshold SET value = value * 2 WHERE kind = 'screening' AND analyte_id = (SELECT id FROM analyte WHERE code = 'Cd')`);
    await expectExact();
    await sql(`UPDATE gb15618_threshold SET value = value / 2 WHERE kind = 'screening' AND analyte_id = (SELECT id FROM analyte WHERE code = 'Cd')`);
    await expectExact();
    const { body } = await t.gql<{ soilQualitySummary: { county: { name: string }; year: number; samples: number; exceedances: number }[] }>(
      '{ soilQualitySummary(analyte: "Cd", year: 2015) { county { name } year samples exceedances } }',
    );
    const direct = (await counted()).filter((r: { year: number; analyte_id: number }) => r.year === 2015);
    const [cd] = await sql(`SELECT id FROM analyte WHERE code = 'Cd'`);
    const names = new Map((await sql(`SELECT id, name FROM county`)).map((c: { id: number; name: string }) => [c.id, c.name]));
    expect(body.data!.soilQualitySummary).toEqual(
      direct
        .filter((r: { analyte_id: number }) => r.analyte_id === cd.id)
        .map((r: { county_id: number; year: number; samples: number; exceedances: number }) => ({
          county: { name: names.get(r.county_id) },
          year: r.year,
          samples: r.samples,
          exceedances: r.exceedances,
        })),
    );
  });
});

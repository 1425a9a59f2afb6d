import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database';
import { createDataSource } from '../../db/data-source';
import { generateSynthetic } from '../synthetic-generator';
import { SCALES } from '../synthetic-scale';

const logger = pino({ level: 'silent' });
const open: { db: TestDatabase; ds: DataSource }[] = [];

async function freshDataSource(): Promise<DataSource> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolMax: 2, statementTimeoutMs: 60_000 });
  await ds.initialize();
  open.push({ db, ds });
  return ds;
}

afterAll(async () => {
  for (const { db, ds } of open) {
    await ds.destroy();
    await db.drop();
  }
});

const fingerprint = (ds: DataSource) =>
  ds.query(`SELECT md5(string_agg(sample_id || ':' || analyte_id || ':' || value::text, ',' ORDER BY id)) AS m, count(*)::int AS n FROM measurement`);

describe('the synthetic generator', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await freshDataSource();
    await generateSynthetic(ds, SCALES.demo, { seed: 7, replace: false, logger });
  });

  it('makes the demo scale (~10^4 measurements), the same for the same seed, other for another', async () => {
    const [a] = await fingerprint(ds);
    expect(a.n).toBeGreaterThanOrEqual(10_000);
    expect(a.n).toBeLessThan(20_000);
    const same = await freshDataSource();
    await generateSynthetic(same, SCALES.demo, { seed: 7, replace: false, logger });
    expect((await fingerprint(same))[0]).toEqual(a);
    const other = await freshDataSource();
    await generateSynthetic(other, SCALES.demo, { seed: 8, replace: false, logger });
    expect((await fingerprint(other))[0].m).not.toBe(a.m);
  });

  it('marks every row it makes as synthetic, in the data and in its codes', async () => {
    for (const [table, code] of [
      ['monitoring_point', 'code'],
      ['soil_sample', 'code'],
      ['farmland_unit', 'code'],
      ['land_parcel', 'parcel_code'],
      ['key_enterprise', 'credit_code'],
    ]) {
      const [row] = await ds.query(
        `SELECT count(*) FILTER (WHERE source <> 'synthetic' OR ${code} NOT LIKE 'SYN%')::int AS bad, count(*)::int AS n FROM ${table}`,
      );
      expect(row).toMatchObject({ bad: 0 });
      expect(row.n).toBeGreaterThan(0);
    }
    const [m] = await ds.query(`SELECT count(*) FILTER (WHERE source <> 'synthetic')::int AS bad FROM measurement`);
    expect(m.bad).toBe(0);
    const [plan] = await ds.query(`SELECT count(*)::int AS n FROM contaminated_site WHERE source = 'plan'`);
    expect(plan.n).toBe(8);
  });

  it("looks like Langfang: alkaline soils, points inside the city's envelope, most values under screening", async () => {
    const [ph] = await ds.query(`SELECT min(ph)::float AS lo, max(ph)::float AS hi, avg((ph BETWEEN 7.5 AND 8.5)::int)::float AS typical FROM soil_sample`);
    expect(ph.lo).toBeGreaterThanOrEqual(6.5);
    expect(ph.hi).toBeLessThanOrEqual(9.5);
    expect(ph.typical).toBeGreaterThan(0.8);
    const [box] = await ds.query(
      `SELECT count(*) FILTER (WHERE longitude NOT BETWEEN 116.0 AND 117.4 OR latitude NOT BETWEEN 38.4 AND 40.3)::int AS outside FROM monitoring_point`,
    );
    expect(box.outside).toBe(0);
    const [cd] = await ds.query(`SELECT avg((m.value > 0.6)::int)::float AS over FROM measurement m JOIN analyte a ON a.id = m.analyte_id WHERE a.code = 'Cd'`);
    expect(cd.over).toBeGreaterThan(0);
    expect(cd.over).toBeLessThan(0.1);
  });

  it('refuses to add a second set unless asked to replace it, changing nothing', async () => {
    const [before] = await fingerprint(ds);
    await expect(generateSynthetic(ds, SCALES.demo, { seed: 9, replace: false, logger })).rejects.toThrow(/--replace/);
    expect((await fingerprint(ds))[0]).toEqual(before);
    await generateSynthetic(ds, SCALES.demo, { seed: 9, replace: true, logger });
    const [after] = await fingerprint(ds);
    expect(after.m).not.toBe(before.m);
    const [plan] = await ds.query(`SELECT count(*)::int AS n FROM contaminated_site WHERE source = 'plan'`);
    expect(plan.n).toBe(8);
  });
});

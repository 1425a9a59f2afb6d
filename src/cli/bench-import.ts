import fs from 'node:fs';
import { createPolicy } from '../registry/hub-policy';
import { Access } from '../sharing/policy/access';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { DepartmentKind } from '../reference/department-kind.enum';
import { loadSnapshot } from '../sharing/catalog/catalog-snapshot';
import { importSamples, SAMPLE_COLUMNS } from '../submission/sample-import';

const METALS = ['Cd', 'Hg', 'As', 'Pb', 'Cr', 'Cu', 'Ni', 'Zn'];

async function writeFile(file: string, lines: (i: number) => string, count: number): Promise<void> {
  const out = fs.createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(lines(i))) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
}

async function timedCopy(client: PoolClient, sql: string, file: string): Promise<number> {
  const t = Date.now();
  await pipeline(fs.createReadStream(file), client.query(copyFrom(sql)));
  return (Date.now() - t) / 1000;
}

/**
 * Writes a synthetic delivery (8 lines per sample), then times two raw COPYs of it and the full import of it:
 * - into a staging table of text columns, with nothing to check: the fastest PostgreSQL can take the file in;
 * - into the same tables the import fills (soil_sample, measurement), already in their shape (ids resolved in
 *   advance), paying only their indexes and foreign keys; rolled back, then vacuumed away.
 * The import's target is measured against the second: its rows/s at least half of that raw COPY's.
 */
export async function benchImport(ds: DataSource, dir: string, samples: number) {
  const file = path.join(dir, 'bench-import.csv');
  const sampleFile = path.join(dir, 'bench-samples.tsv');
  const measurementFile = path.join(dir, 'bench-measurements.tsv');
  const points: { id: number; code: string }[] = await ds.query(`SELECT id, code FROM monitoring_point ORDER BY id LIMIT 1000`);
  const analytes = new Map<string, number>((await ds.query(`SELECT id, code FROM analyte`)).map((a: { id: number; code: string }) => [a.code, a.id]));
  const value = (i: number) => (0.1 + i * 3.7).toFixed(2);
  await writeFile(
    file,
    (s) =>
      (s === 0 ? `${SAMPLE_COLUMNS.join(',')}\n` : '') +
      METALS.map((metal, i) => `SYN-IMP-${s},${points[s % points.length].code},2024-10-15,0,20,8.01,${metal},${value(i)},mg/kg,false\n`).join(''),
    samples,
  );
  const lines = samples * METALS.length;

  const runner = ds.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  await client.query(`CREATE TEMP TABLE bench_raw (${SAMPLE_COLUMNS.map((c) => `${c} text`).join(', ')})`);
  const copySeconds = await timedCopy(client, `COPY bench_raw FROM STDIN (FORMAT csv, HEADER true)`, file);
  await client.query('DROP TABLE bench_raw');

  await client.query('BEGIN');
  const [{ next }] = (await client.query(`SELECT coalesce(max(id), 0) + 1 AS next FROM soil_sample`)).rows;
  await writeFile(sampleFile, (s) => `${next + s}\tSYN-RAW-${s}\t${points[s % points.length].id}\t2024-10-15\t0\t20\t8.01\tsubmitted\n`, samples);
  await writeFile(
    measurementFile,
    (s) => METALS.map((metal, i) => `${next + s}\t${analytes.get(metal)}\t${value(i)}\tmg/kg\tfalse\tsubmitted\n`).join(''),
    samples,
  );
  const tablesSeconds =
    (await timedCopy(client, `COPY soil_sample (id, code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source) FROM STDIN`, sampleFile)) +
    (await timedCopy(client, `COPY measurement (sample_id, analyte_id, value, unit, below_detection, source) FROM STDIN`, measurementFile));
  await client.query('ROLLBACK');
  await client.query('VACUUM (ANALYZE) soil_sample, measurement');
  await runner.release();
  for (const f of [sampleFile, measurementFile]) fs.rmSync(f, { force: true });

  const [d] = await ds.query(`SELECT id, code, name, kind, county_id FROM department WHERE code = 'environment'`);
  const principal = { departmentId: d.id, code: d.code, name: d.name, kind: d.kind as DepartmentKind, countyId: null, keyId: null };
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = Date.now();
  const report = await importSamples(
    ds,
    new Access(createPolicy(), principal, await loadSnapshot(ds), new Date()),
    fs.createReadStream(file),
    'csv',
    `bench-${Date.now()}`,
  );
  const importSeconds = (Date.now() - t) / 1000;
  clearInterval(sampler);
  fs.rmSync(file, { force: true });
  if (!report.applied) throw new Error(`bench import rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { lines, copySeconds, tablesSeconds, importSeconds, peakMiB: Math.round((peak - base) / 2 ** 20) };
}

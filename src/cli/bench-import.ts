import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { DepartmentKind } from '../reference/department-kind.enum';
import { loadSnapshot } from '../sharing/catalog/catalog-snapshot';
import { importSamples, SAMPLE_COLUMNS } from '../submission/sample-import';

const METALS = ['Cd', 'Hg', 'As', 'Pb', 'Cr', 'Cu', 'Ni', 'Zn'];

/** Writes a synthetic delivery (8 lines per sample), then times a raw COPY of it and the full import of it. */
export async function benchImport(ds: DataSource, dir: string, samples: number) {
  const file = path.join(dir, 'bench-import.csv');
  const points: string[] = (await ds.query(`SELECT code FROM monitoring_point ORDER BY id LIMIT 1000`)).map((p: { code: string }) => p.code);
  const out = fs.createWriteStream(file);
  out.write(`${SAMPLE_COLUMNS.join(',')}\n`);
  for (let s = 0; s < samples; s++) {
    let chunk = '';
    for (const [i, metal] of METALS.entries()) chunk += `SYN-IMP-${s},${points[s % points.length]},2024-10-15,0,20,8.01,${metal},${(0.1 + i * 3.7).toFixed(2)},mg/kg,false\n`;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  const lines = samples * METALS.length;

  const runner = ds.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  let t = Date.now();
  await client.query(`CREATE TEMP TABLE bench_raw (${SAMPLE_COLUMNS.map((c) => `${c} text`).join(', ')})`);
  await pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY bench_raw FROM STDIN (FORMAT csv, HEADER true)`)));
  const copySeconds = (Date.now() - t) / 1000;
  await client.query('DROP TABLE bench_raw');
  await runner.release();

  const [d] = await ds.query(`SELECT id, code, name, kind, county_id FROM department WHERE code = 'environment'`);
  const principal = { departmentId: d.id, code: d.code, name: d.name, kind: d.kind as DepartmentKind, countyId: null, keyId: null };
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t = Date.now();
  const report = await importSamples(ds, { catalog: await loadSnapshot(ds), principal, now: new Date() }, fs.createReadStream(file), 'csv', `bench-${Date.now()}`);
  const importSeconds = (Date.now() - t) / 1000;
  clearInterval(sampler);
  fs.rmSync(file, { force: true });
  if (!report.applied) throw new Error(`bench import rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { lines, copySeconds, importSeconds, peakMiB: Math.round((peak - base) / 2 ** 20) };
}

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import type { DepartmentKind } from '../reference/department-kind.enum';
import { loadSnapshot } from '../sharing/catalog/catalog-snapshot';
import { importSamples } from '../submission/sample-import';

/**
 * `npm run import:samples -- --department <code> --file <path> [--key <idempotency key>]`: the operator's way to
 * load a large delivery on behalf of a department (same checks as POST /import/samples). Format from the extension.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { department: { type: 'string' }, file: { type: 'string' }, key: { type: 'string' } } });
  if (!values.department || !values.file) throw new Error('usage: npm run import:samples -- --department <code> --file <path.csv|path.jsonl> [--key K]');
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    const [d] = await db.dataSource.query(`SELECT id, code, name, kind, county_id FROM department WHERE code = $1`, [values.department]);
    if (!d) throw new Error(`unknown department ${values.department}`);
    const principal = { departmentId: d.id, code: d.code, name: d.name, kind: d.kind as DepartmentKind, countyId: d.county_id, keyId: null };
    const format = /\.(jsonl|ndjson)$/i.test(values.file) ? 'ndjson' : 'csv';
    const key = values.key ?? `cli-${fs.statSync(values.file).mtimeMs}-${values.file.replace(/[^\w.:-]/g, '_')}`.slice(0, 128);
    const report = await importSamples(db.dataSource, { catalog: await loadSnapshot(db.dataSource), principal, now: new Date() }, fs.createReadStream(values.file), format, key);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (!report.applied && !report.replayed) process.exitCode = 4;
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

import fs from 'node:fs';
import { createPolicy } from '../registry/hub-policy';
import { Access } from '../sharing/policy/access';
import { loadConfig } from '../config/config';
import { openToolDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import type { DepartmentKind } from '../reference/department-kind.enum';
import { loadSnapshot } from '../sharing/catalog/catalog-snapshot';
import { importSamples } from '../submission/sample-import';
import { runCommand, UsageError } from './command';

/** `npm run import:samples`: the operator's way to load a large delivery on behalf of a department (same checks as POST /import/samples). */
runCommand(
  {
    usage: 'npm run import:samples -- --department <code> --file <path.csv|path.jsonl> [--key <idempotency key>]',
    summary:
      '代部门导入一批土壤样品和测定值（与 POST /import/samples 相同的校验，全部或全不）。Imports a delivery for a department; the format follows the extension.',
    options: { department: { type: 'string' }, file: { type: 'string' }, key: { type: 'string' } },
    help: {
      department: "the providing department's code",
      file: 'the delivery: .csv, or .jsonl/.ndjson',
      key: "idempotency key (default: from the file's name and time)",
    },
  },
  async (values) => {
    if (!values.department || !values.file) throw new UsageError('--department and --file are required');
    const config = loadConfig();
    const db = await openToolDatabase(config, createLogger(config.logLevel, config.logFormat, 2));
    try {
      const [d] = await db.dataSource.query(`SELECT id, code, name, kind, county_id FROM department WHERE code = $1`, [values.department]);
      if (!d) throw new UsageError(`unknown department ${values.department}`);
      const principal = { departmentId: d.id, code: d.code, name: d.name, kind: d.kind as DepartmentKind, countyId: d.county_id, keyId: null };
      const format = /\.(jsonl|ndjson)$/i.test(values.file) ? 'ndjson' : 'csv';
      const key = values.key ?? `cli-${fs.statSync(values.file).mtimeMs}-${values.file.replace(/[^\w.:-]/g, '_')}`.slice(0, 128);
      const report = await importSamples(
        db.dataSource,
        new Access(createPolicy(), principal, await loadSnapshot(db.dataSource), new Date()),
        fs.createReadStream(values.file),
        format,
        key,
      );
      process.stdout.write(`${JSON.stringify(report)}\n`);
      if (!report.applied && !report.replayed) process.exitCode = 4;
    } finally {
      await db.close();
    }
  },
);

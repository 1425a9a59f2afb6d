import { AuditSeal } from '../audit/audit-seal';
import { AuditWriter } from '../audit/audit-writer';
import { loadConfig } from '../config/config';
import { openToolDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { createApiKey } from '../sharing/identity/api-keys';
import { runCommand, UsageError } from './command';

/** `npm run key:create`: issues a department application's key and prints it once; only its hash is stored. */
runCommand(
  {
    usage: 'npm run key:create -- --department <code> --name <application> [--days 365]',
    summary:
      "为部门应用签发访问密钥（只显示一次，库中只存其 SHA-256）并记入审计日志。Issues a department application's API key.\n" +
      'Uses DATABASE_URL, else the embedded database of the hub running on this checkout (SOILHUB_DATA_DIR), else starts it.\n' +
      'Department codes: { departments(first: 100) { nodes { code name } } }',
    options: { department: { type: 'string' }, name: { type: 'string' }, days: { type: 'string', default: '365' } },
    help: {
      department: 'department code, e.g. environment, agriculture, gov-wenan',
      name: 'the application the key is for',
      days: 'validity in days, 1 to 3650 (default 365)',
    },
  },
  async (values) => {
    if (!values.department || !values.name) throw new UsageError('--department and --name are required');
    const days = Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError('--days must be 1 to 3650');
    const config = loadConfig();
    const logger = createLogger(config.logLevel, config.logFormat, 2);
    const db = await openToolDatabase(config, logger);
    const writer = new AuditWriter(db.dataSource, logger, AuditSeal.open(config.audit, logger));
    try {
      const created = await createApiKey(db.dataSource, values.department, values.name, days, { at: new Date(), writer });
      process.stdout.write(`${JSON.stringify({ department: values.department, key: created.key, expiresAt: created.expiresAt })}\n`);
    } finally {
      await writer.close();
      await db.close();
    }
  },
);

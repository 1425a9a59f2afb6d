import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { createApiKey } from '../sharing/identity/api-keys';

/**
 * `npm run key:create -- --department <code> --name <application> [--days 365]`: issues a department
 * application's key and prints it once. The administrator's tool; the key is stored only as a hash.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { department: { type: 'string' }, name: { type: 'string' }, days: { type: 'string', default: '365' } },
  });
  if (!values.department || !values.name) throw new Error('usage: npm run key:create -- --department <code> --name <application> [--days N]');
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new Error('--days must be 1 to 3650');
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    const created = await createApiKey(db.dataSource, values.department, values.name, days);
    process.stdout.write(`${JSON.stringify({ department: values.department, key: created.key, expiresAt: created.expiresAt })}\n`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

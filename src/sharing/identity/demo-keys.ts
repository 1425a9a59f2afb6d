import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AuditWriter } from '../../audit/audit-writer';
import type { Clock } from '../../common/clock';
import { createApiKey } from './api-keys';

/** Departments a newcomer can try the rights with: providers of each domain, a county, the province, the administrator. */
export const DEMO_DEPARTMENTS = [
  'environment',
  'agriculture',
  'land-resources',
  'urban-rural-planning',
  'finance',
  'gov-wenan',
  'hebei-soil-platform',
  'platform-admin',
];

/**
 * Writes working keys for the demo departments to <dataDir>/demo-keys.json (0600), reusing the file's keys
 * while they are valid. Only for the embedded development database: never in production.
 */
export async function ensureDemoKeys(ds: DataSource, dataDir: string, logger: Logger, issue: { clock: Clock; writer: AuditWriter }): Promise<string> {
  const file = path.join(dataDir, 'demo-keys.json');
  if (fs.existsSync(file)) {
    const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const prefixes = Object.values(keys).map((k) => k.split('_')[1]);
    const [{ valid }] = await ds.query(
      `SELECT count(*)::int AS valid FROM api_key WHERE prefix = ANY($1) AND revoked_at IS NULL AND expires_at > $2::timestamptz + interval '1 day'`,
      [prefixes, issue.clock()],
    );
    if (valid === DEMO_DEPARTMENTS.length && DEMO_DEPARTMENTS.every((d) => keys[d])) return file;
  }
  const keys: Record<string, string> = {};
  for (const code of DEMO_DEPARTMENTS) keys[code] = (await createApiKey(ds, code, '演示密钥 (demo key)', 90, { at: issue.clock(), writer: issue.writer })).key;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  logger.warn({ file, departments: DEMO_DEPARTMENTS }, 'demo keys written (development only); send one as "Authorization: Bearer <key>"');
  return file;
}

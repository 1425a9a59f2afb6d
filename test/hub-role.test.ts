import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config/config';
import { startHub, type Hub } from '../src/hub';
import { createApiKey } from '../src/sharing/identity/api-keys';
import { TEST_NOW } from './helpers/test-clock';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import { TEST_ENV } from './helpers/test-env';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The hub connected as a role of its own (DATABASE_URL), migrations and grants by the owner
 * (MIGRATION_DATABASE_URL): it serves and writes as usual, but cannot touch the audit trail behind its trigger,
 * change a table or switch triggers off.
 */
const role = `soilhub_app_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
let db: TestDatabase;
let hub: Hub;
let dir: string;

const admin = async (sql: string) => {
  const c = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};

beforeAll(async () => {
  await admin(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  db = await createTestDatabase();
  const appUrl = new URL(db.url);
  appUrl.username = role;
  appUrl.password = password;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-role-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    NODE_ENV: 'test',
    DEMO_DATA: 'true',
    SOILHUB_DATA_DIR: dir,
    DATABASE_URL: appUrl.toString(),
    MIGRATION_DATABASE_URL: db.url,
  });
  hub = await startHub(config, pino({ level: 'silent' }), { clock: () => TEST_NOW });
});
afterAll(async () => {
  await hub?.stop();
  await db?.drop();
  await admin(`DROP ROLE IF EXISTS ${role}`);
  fs.rmSync(dir, { recursive: true, force: true });
});

const sql = (text: string) => hub.database.dataSource.query(text);

describe('the hub as a role of its own', () => {
  it('connects as that role and serves reads, writes and the audit trail', async () => {
    expect(await sql('SELECT current_user AS u')).toEqual([{ u: role }]);
    const { key } = await createApiKey(hub.database.dataSource, 'environment', 'role', 30, { at: TEST_NOW, writer: hub.audit });
    const [{ point }] = await sql('SELECT code AS point FROM monitoring_point ORDER BY id LIMIT 1');
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: 'mutation($s: [SoilSampleInput!]!) { submitSoilSamples(idempotencyKey: "role-0001-sample", samples: $s) { applied } }',
        variables: {
          s: [
            { code: 'ROLE-1', point, sampledOn: '2026-05-01', depthTopCm: 0, depthBottomCm: 20, measurements: [{ analyte: 'Cd', value: 0.2, unit: 'mg/kg' }] },
          ],
        },
      }),
    });
    expect(await res.json()).toEqual({ data: { submitSoilSamples: { applied: 1 } } });
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM audit_record`);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['update an audit record', `UPDATE audit_record SET outcome = 'ok'`],
    ['delete audit records', 'DELETE FROM audit_record'],
    ['truncate the audit trail', 'TRUNCATE audit_record'],
    ['switch the audit trigger off', 'ALTER TABLE audit_record DISABLE TRIGGER ALL'],
    ['switch triggers off for its session', 'SET session_replication_role = replica'],
    ['drop a table', 'DROP TABLE measurement'],
    ['rewrite the migrations table', 'DELETE FROM migrations'],
  ])('cannot %s', async (_what, statement) => {
    await expect(sql(statement)).rejects.toThrow(/permission denied|must be (the )?owner/);
  });
});

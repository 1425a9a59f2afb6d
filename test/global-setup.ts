import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/database';
import { EmbeddedCluster } from '../src/db/embedded/embedded-cluster';
import { TEST_ENV } from './helpers/test-env';

declare global {
  var __SOILHUB_TEST_CLUSTER__: { cluster?: EmbeddedCluster; dir?: string; adminUrl: string; template: string } | undefined;
}

/**
 * One PostgreSQL for the whole run (TEST_DATABASE_URL / DATABASE_URL, or an embedded one), and a template
 * database with every migration applied; each test file clones it into a fresh database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-test-'));
    fs.chmodSync(dir, 0o755);
    cluster = await EmbeddedCluster.start({ dataDir: dir, port: 0, database: 'postgres', logger });
    adminUrl = cluster.url;
  }
  const template = `soilhub_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  const ds = createDataSource({ url: withDatabase(adminUrl, template), poolMax: 2, statementTimeoutMs: 60_000 });
  await ds.initialize();
  try {
    await migrate(ds, logger);
  } finally {
    await ds.destroy();
  }
  globalThis.__SOILHUB_TEST_CLUSTER__ = { cluster, dir, adminUrl, template };
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

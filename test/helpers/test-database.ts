import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { TEST_ENV } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env[TEST_ENV.adminUrl] });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEST_ENV.template];
  const adminUrl = process.env[TEST_ENV.adminUrl];
  if (!template || !adminUrl) throw new Error('test database not prepared: run the tests through jest (test/global-setup.ts)');
  const name = `soilhub_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh database and a data source on it with one connection (a connection's prepared statements all show). */
export async function openTestDataSource(): Promise<{ ds: DataSource; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolMax: 1, statementTimeoutMs: 10_000 });
  await ds.initialize();
  return {
    ds,
    async close() {
      await ds.destroy();
      await db.drop();
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { startHub, type Hub, type HubOptions } from '../../src/hub';
import { createApiKey } from '../../src/sharing/identity/api-keys';
import { TEST_NOW } from './test-clock';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
}

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

export interface TestHub {
  hub: Hub;
  db: TestDatabase;
  url: string;
  /** As the default principal (`as` of startTestHub, 環保局 unless given). */
  gql: Gql;
  /** As another department, by code; its key is made on first use. */
  as(department: string): Gql;
  /** Without credentials. */
  anonymous: Gql;
  keyOf(department: string): Promise<string>;
  /** The hub's clock (TEST_NOW unless the test gave its own). */
  now(): Date;
  stop(): Promise<void>;
}

/**
 * A real hub on a free port over a fresh database; `env` overrides configuration variables. Its clock is
 * fixed at TEST_NOW unless `options.clock` is given: no test hub reads the wall clock.
 */
export async function startTestHub(env: Record<string, string> = {}, options: HubOptions & { as?: string; database?: TestDatabase } = {}): Promise<TestHub> {
  // A test that needs a cluster of its own (a replica) brings its database.
  const db = options.database ?? (await createTestDatabase());
  // The hub's own files (the audit key and checkpoints) in a folder of its own.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-hub-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', NODE_ENV: 'test', DATABASE_URL: db.url, SOILHUB_DATA_DIR: dataDir, ...env });
  const clock = options.clock ?? (() => TEST_NOW);
  const hub = await startHub(config, pino({ level: config.logLevel }), { ...options, clock });
  const keys = new Map<string, Promise<string>>();
  const keyOf = (department: string) => {
    if (!keys.has(department))
      keys.set(
        department,
        createApiKey(hub.database.dataSource, department, 'test', 3650, { at: clock(), writer: hub.audit }).then((k) => k.key),
      );
    return keys.get(department)!;
  };
  const client =
    (department?: string): Gql =>
    async (query, variables, headers = {}) => {
      const auth: Record<string, string> = department ? { authorization: `Bearer ${await keyOf(department)}` } : {};
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<never>['body'] };
    };
  return {
    hub,
    db,
    url: hub.url,
    gql: client(options.as ?? 'environment'),
    as: (department) => client(department),
    anonymous: client(),
    keyOf,
    now: clock,
    async stop() {
      await hub.stop();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

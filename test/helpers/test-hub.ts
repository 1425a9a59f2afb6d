import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { startHub, type Hub } from '../../src/hub';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestHub {
  hub: Hub;
  db: TestDatabase;
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** A real hub on a free port over a fresh database; `env` overrides configuration variables. */
export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const db = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', NODE_ENV: 'test', DATABASE_URL: db.url, ...env });
  const hub = await startHub(config, pino({ level: config.logLevel }));
  return {
    hub,
    db,
    url: hub.url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLResponse<never>['body'] };
    },
    async stop() {
      await hub.stop();
      await db.drop();
    },
  };
}

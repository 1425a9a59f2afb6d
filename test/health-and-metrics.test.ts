import { startTestHub, type TestHub } from './helpers/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

describe('health', () => {
  it('/healthz answers while the process lives', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready when the database answers and every migration ran', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'ok', pendingMigrations: [] });
  });

  it('/readyz reports a migration the database has not run', async () => {
    const ds = t.hub.database.dataSource;
    const [last] = await ds.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await ds.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'migrations_pending', database: 'ok', pendingMigrations: [last.name] });
    } finally {
      await ds.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
    }
  });
});

describe('observability', () => {
  it('echoes a valid X-Request-Id and makes one otherwise', async () => {
    const given = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'dept-app-42' } });
    expect(given.headers.get('x-request-id')).toBe('dept-app-42');
    const made = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/metrics counts operations by name, errors by code, and shows the pool', async () => {
    await t.gql('query CountCounties { counties { totalCount } }');
    await t.gql('query Broken { county { name } }');
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toMatch(/soilhub_graphql_requests_total\{operation="CountCounties",outcome="ok"\} 1/);
    expect(text).toMatch(/soilhub_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/soilhub_graphql_request_duration_seconds_count\{operation="CountCounties"\} 1/);
    expect(text).toMatch(/soilhub_db_pool_connections \d+/);
    expect(text).toMatch(/soilhub_http_requests_total\{method="POST",route="\/graphql",status="200"\}/);
  });
});

describe('GraphiQL, served locally', () => {
  it('answers a browser at / and at GET /graphql, loading nothing from the internet', async () => {
    for (const path of ['/', '/graphql']) {
      const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('GraphiQL');
      expect(html).not.toMatch(/(src|href)="https?:/);
      for (const asset of html.match(/\/assets\/graphiql\/[\w.-]+/g) ?? []) {
        const a = await fetch(`${t.url}${asset}`);
        expect(a.status).toBe(200);
        expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    }
  });

  it('serves only its own files: names of inherited properties are not found', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect([name, (await fetch(`${t.url}/assets/graphiql/${name}`)).status]).toEqual([name, 404]);
    }
  });
});

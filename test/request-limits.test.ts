import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { startTestHub, type TestHub } from './helpers/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ MAX_QUERY_DEPTH: '10', BODY_LIMIT_BYTES: String(1024 * 1024), MAX_QUERY_COST: '50000' });
});
afterAll(() => t.stop());

async function stillServing(): Promise<void> {
  const { body } = await t.gql('{ counties { totalCount } }');
  expect(body.data).toEqual({ counties: { totalCount: 11 } });
}

async function post(body: string | Buffer, contentType = 'application/json', extra: Record<string, string> = {}) {
  const authorization = `Bearer ${await t.keyOf('environment')}`;
  // As bytes: Preact's types (the disclosure pages) bring the DOM's fetch, whose body takes no Buffer.
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, authorization, ...extra },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] } };
}

/** county → government → county → … nested `levels` times. */
function deepQuery(levels: number): string {
  let inner = 'name';
  for (let i = levels - 1; i >= 0; i--) inner = i % 2 === 0 ? `government { ${inner} }` : `county { ${inner} }`;
  return `{ counties(first: 1) { nodes { ${inner} } } }`;
}

describe('request limits answer with a coded error and the hub keeps serving', () => {
  it('a query of depth 20 gets QUERY_TOO_DEEP', async () => {
    const { status, body } = await t.gql(deepQuery(18));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors?.[0].extensions?.details).toMatchObject({ maxDepth: 10 });
    await stillServing();
  });

  it('a query within the depth limit runs', async () => {
    const { body } = await t.gql(deepQuery(6));
    expect(body.errors).toBeUndefined();
  });

  it('a query asking for 10^6 rows gets QUERY_TOO_COSTLY before anything runs', async () => {
    const { status, body } = await t.gql('{ departments(first: 1000000) { nodes { code name county { name } } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((body.errors?.[0].extensions?.details as { cost: number }).cost).toBeGreaterThan(1_000_000);
    await stillServing();
  });

  it('nested lists multiply their cost', async () => {
    const { body } = await t.gql(`{ a: departments(first: 500) { nodes { county { government { county { government { name } } } } } }
      b: departments(first: 500) { nodes { county { government { county { government { name } } } } } } }`);
    expect(body.errors?.[0].extensions?.code).toBeUndefined();
    const costly = await t.gql(
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: departments(first: 500) { nodes { county { government { county { name } } } } }`).join(' ')} }`,
    );
    expect(costly.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('a 5 MB body gets PAYLOAD_TOO_LARGE', async () => {
    const padding = 'x'.repeat(5 * 1024 * 1024);
    const { status, body } = await post(JSON.stringify({ query: '{ counties { totalCount } }', variables: { padding } }));
    expect(status).toBe(413);
    expect(body.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  it('invalid JSON gets BAD_REQUEST', async () => {
    const { status, body } = await post('{"query": "{ counties { totalCount } }"');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0].message).toContain('JSON');
    await stillServing();
  });

  it('a 5 MB body sent in chunks, without a declared length, gets PAYLOAD_TOO_LARGE', async () => {
    const authorization = `Bearer ${await t.keyOf('environment')}`;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write(`${i === 0 ? '{"query":"{ counties { totalCount } }","variables":{"p":"' : ''}${'x'.repeat(1024 * 1024)}`);
      req.end('"}}');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  it('JSON that is not an object or an array gets BAD_REQUEST, as body-parser says in strict mode', async () => {
    for (const text of ['42', '"query"', 'null']) {
      const { status, body } = await post(text);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('UTF-8 with its charset named, and gzip, are read; another charset gets UNSUPPORTED_MEDIA_TYPE', async () => {
    const query = JSON.stringify({ query: '{ counties { totalCount } }' });
    const named = await post(query, 'application/json; charset=UTF-8');
    expect(named.body).toEqual({ data: { counties: { totalCount: 11 } } });
    const zipped = await post(gzipSync(query), 'application/json', { 'content-encoding': 'gzip' });
    expect(zipped.body).toEqual({ data: { counties: { totalCount: 11 } } });
    const latin = await post(query, 'application/json; charset=latin1');
    expect(latin.status).toBe(415);
    expect(latin.body.errors?.[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown field gets GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await t.gql('{ counties { totalCount population } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await stillServing();
  });

  it('a syntax error gets GRAPHQL_PARSE_FAILED', async () => {
    const { body } = await t.gql('{ counties { totalCount ');
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    await stillServing();
  });

  it('an unknown path gets NOT_FOUND as JSON', async () => {
    const res = await fetch(`${t.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('statement_timeout', () => {
  it('is set on every pooled connection', async () => {
    const [row] = await t.hub.database.dataSource.query('SHOW statement_timeout');
    expect(row.statement_timeout).toBe('15s');
  });
});

describe('X-SQL-Statements', () => {
  it('counts the statements of one operation: the key on first use, one per list, one per count, one per batched relation', async () => {
    const key = await t.keyOf('construction');
    const query = (): Promise<Response> =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ counties { totalCount nodes { government { name } } } }' }),
      });
    // The key, the list, its count, the batched relation; then the key is remembered.
    expect((await query()).headers.get('x-sql-statements')).toBe('4');
    expect((await query()).headers.get('x-sql-statements')).toBe('3');
  });
});

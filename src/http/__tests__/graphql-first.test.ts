import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * A department's POST /graphql skips Express's router (graphqlFirst in app.ts); everything else goes through it. Both
 * roads must answer alike: the same body, headers, errors and metrics.
 */
let t: TestHub;
let key: string;
beforeAll(async () => {
  // A key rate, so the door's header shows on both roads.
  t = await startTestHub({ KEY_RATE_LIMIT: '1000' });
  key = await t.keyOf('environment');
});
afterAll(() => t.stop());

const QUERY = 'query Counties { counties(first: 2) { totalCount nodes { code name } } }';

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

describe('the GraphQL route ahead of the router', () => {
  it('answers as the routed endpoint does (/graphql/ goes through Express)', async () => {
    const direct = await post('/graphql', JSON.stringify({ query: QUERY }), { 'x-request-id': 'dept-app-7' });
    const routed = await post('/graphql/', JSON.stringify({ query: QUERY }), { 'x-request-id': 'dept-app-8' });
    expect(direct.status).toBe(200);
    expect(direct.body.data.counties.totalCount).toBeGreaterThan(0);
    expect(direct.body.data.counties.nodes).toHaveLength(2);
    expect(direct.body).toEqual(routed.body);
    expect(direct.headers.get('x-request-id')).toBe('dept-app-7');
    expect(routed.headers.get('x-request-id')).toBe('dept-app-8');
    expect(direct.headers.get('content-type')).toBe(routed.headers.get('content-type'));
    expect(Number(direct.headers.get('ratelimit-remaining'))).toBe(Number(routed.headers.get('ratelimit-remaining')) + 1);
  });

  it('keeps the query string and answers a GET through Express', async () => {
    const withSearch = await post('/graphql?source=app', JSON.stringify({ query: QUERY }));
    expect(withSearch.status).toBe(200);
    expect(withSearch.body.data.counties.nodes).toHaveLength(2);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ counties(first: 1) { totalCount } }')}`, {
      headers: { authorization: `Bearer ${key}`, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Record<string, any>).data.counties.totalCount).toBeGreaterThan(0);
  });

  it("answers its errors with Express's error handler and the door's codes", async () => {
    const broken = await post('/graphql', '{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const anonymous = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Record<string, any>).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const elsewhere = await post('/graphqlx', JSON.stringify({ query: QUERY }));
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('counts its requests under the /graphql route', async () => {
    const before = await fetch(`${t.url}/metrics`).then((r) => r.text());
    const counted = (text: string, status: string) =>
      Number(new RegExp(`soilhub_http_requests_total\\{method="POST",route="/graphql",status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    await post('/graphql', JSON.stringify({ query: QUERY }));
    await post('/graphql', '{"query": ');
    const after = await fetch(`${t.url}/metrics`).then((r) => r.text());
    expect(counted(after, '200') - counted(before, '200')).toBe(1);
    expect(counted(after, '400') - counted(before, '400')).toBe(1);
  });
});

import { startTestHub, type TestHub } from './helpers/test-hub';

/** The Docker shape (NODE_ENV=production): integrators still get the schema, departments only with a key. */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ NODE_ENV: 'production' });
});
afterAll(() => t.stop());

const INTROSPECT = '{ __schema { queryType { name } types { name } } }';

describe('introspection in production', () => {
  it('is open on the public endpoint: the published disclosure contract', async () => {
    const res = await fetch(`${t.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECT }),
    });
    const body = (await res.json()) as { data: { __schema: { queryType: { name: string }; types: { name: string }[] } } };
    expect(res.status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
    const types = body.data.__schema.types.map((x) => x.name);
    expect(types).toContain('ContaminatedSite');
    expect(types).not.toContain('AccessGrant');
  });

  it('answers a department with a key, and no one without', async () => {
    const { status, body } = await t.gql(INTROSPECT);
    expect(status).toBe(200);
    expect(body.data!.__schema.types.map((x: { name: string }) => x.name)).toContain('AccessGrant');
    const anonymous = await t.anonymous(INTROSPECT);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeUndefined();
  });
});

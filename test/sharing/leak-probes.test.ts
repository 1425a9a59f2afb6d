import { startTestHub, type TestHub } from '../helpers/test-hub';

/**
 * Ways to learn a value one may not read. 市财政局 has no grant for 耕地类别 (FarmlandUnit.qualityClass,
 * 有条件共享 by 市农业局); every probe must come back without it.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const finance = () => t.as('finance');
const CLASS_VALUES = /PRIORITY_PROTECTION|SAFE_USE|STRICT_CONTROL|priority_protection|safe_use|strict_control|优先保护|安全利用|严格管控/;

function expectNoClass(body: unknown): void {
  expect(JSON.stringify(body)).not.toMatch(CLASS_VALUES);
}

describe('a denied item cannot be learnt', () => {
  it.each([
    ['directly', '{ farmlandUnits(first: 5) { nodes { code qualityClass } } }'],
    ['through an alias', '{ farmlandUnits(first: 5) { nodes { code c: qualityClass } } }'],
    ['through a fragment', '{ farmlandUnits(first: 5) { nodes { ...F } } } fragment F on FarmlandUnit { code qualityClass }'],
    ['through an inline fragment', '{ farmlandUnits(first: 5) { nodes { ... on FarmlandUnit { code qualityClass } } } }'],
    ['through a nested path', '{ counties { nodes { farmlandUnits(first: 3) { nodes { qualityClass } } } } }'],
    ['through another resource', '{ monitoringPoints(first: 20, pointType: FARMLAND) { nodes { farmlandUnit { qualityClass } } } }'],
    ['through a lookup', '{ farmlandUnit(code: "SYN-F-000001") { qualityClass classBasis } }'],
  ])('%s: the value is null, the error names the reason and not the value', async (_how, query) => {
    const { body } = await finance()(query);
    expectNoClass(body);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const e of body.errors!) expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_GRANT', details: { resource: 'LF.03.0001' } });
    // Other items of the same objects still come back.
    expect(JSON.stringify(body.data)).not.toBe('null');
  });

  it.each([
    ['a filter', '{ farmlandUnits(qualityClass: [STRICT_CONTROL]) { totalCount } }'],
    ['a filter on a nested list', '{ county(name: "文安县") { farmlandUnits(qualityClass: [STRICT_CONTROL]) { totalCount } } }'],
    [
      'a filter given as a variable',
      { query: 'query($c: [SoilQualityClass!]) { farmlandUnits(qualityClass: $c) { totalCount } }', variables: { c: ['SAFE_USE'] } },
    ],
  ])('through %s: the whole operation is refused, totals included', async (_how, probe) => {
    const { query, variables } = typeof probe === 'string' ? { query: probe, variables: undefined } : probe;
    const { status, body } = await finance()(query, variables);
    expect(status).toBe(403);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_GRANT', details: { item: 'qualityClass' } });
    expectNoClass(body.errors);
  });

  it('through sorting by an item the provider has just made conditional: refused, and the change applies at once', async () => {
    const changed = await t.as('environment')(
      'mutation { updateCatalogItem(resource: "LF.02.0004", field: "areaM2", sharingType: CONDITIONAL, sharingCondition: "面积用于土地收储测算", note: "测试") { version versions { version changeNote } } }',
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data?.updateCatalogItem.version).toBe(2);
    expect(changed.body.data?.updateCatalogItem.versions.map((v: any) => v.version)).toEqual([1, 2]);
    const sorted = await finance()('{ contaminatedSites(orderBy: AREA_DESC) { nodes { code } } }');
    expect(sorted.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_GRANT', details: { item: 'areaM2' } });
    const read = await finance()('{ contaminatedSites(first: 1) { nodes { code areaM2 } } }');
    expect(read.body.data?.contaminatedSites.nodes[0].areaM2).toBeNull();
    expect((await t.as('environment')('{ contaminatedSites(first: 1, orderBy: AREA_DESC) { nodes { areaM2 } } }')).body.errors).toBeUndefined();
    const notProvider = await finance()(
      'mutation { updateCatalogItem(resource: "LF.02.0004", field: "areaM2", sharingType: UNCONDITIONAL, note: "x") { version } }',
    );
    expect(notProvider.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an item not shared stays with its provider, whatever the grant', async () => {
    const { body } = await finance()('{ landTransactions(first: 3) { nodes { kind counterparty } } }');
    expect(body.errors?.[0].extensions).toMatchObject({ reason: 'NOT_SHARED', details: { item: 'counterparty' } });
    expect(body.data?.landTransactions.nodes.every((n: any) => n.counterparty === null && n.kind)).toBe(true);
    expect(
      (await t.as('land-resources')('{ landTransactions(first: 1) { nodes { counterparty } } }')).body.data?.landTransactions.nodes[0].counterparty,
    ).toBeTruthy();
  });

  it('one error per denied item, however many rows', async () => {
    const { body } = await finance()('{ farmlandUnits(first: 200) { nodes { qualityClass classBasis } } }');
    expect(body.errors).toHaveLength(2);
    expect(body.errors?.map((e) => (e.extensions?.details as { count?: number } | undefined)?.count)).toEqual([200, 200]);
  });
});

describe('credentials', () => {
  it.each([
    ['no Authorization header', {}],
    ['a malformed key', { authorization: 'Bearer hello' }],
    ['an unknown key', { authorization: 'Bearer sh_AAAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
  ])('%s gets 401 UNAUTHENTICATED and no data', async (_case, headers) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"query":"{ counties { totalCount } }"}',
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a key in use stops working as soon as it is revoked: every hub forgets it (LISTEN soilhub_keys)', async () => {
    const key = await t.keyOf('forestry');
    expect((await t.as('forestry')('{ counties { totalCount } }')).status).toBe(200);
    await t.hub.database.dataSource.query(`UPDATE api_key SET revoked_at = hub_now() WHERE prefix = $1`, [key.split('_')[1]]);
    // The announcement arrives after the commit, within milliseconds: poll a little, never long.
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      status = (await t.as('forestry')('{ counties { totalCount } }')).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
  });

  it('a revoked key stops working at once', async () => {
    const key = await t.keyOf('water');
    await t.hub.database.dataSource.query(`UPDATE api_key SET revoked_at = hub_now() WHERE prefix = $1`, [key.split('_')[1]]);
    const { status, body } = await t.as('water')('{ counties { totalCount } }');
    expect(status).toBe(401);
    expect(body.errors?.[0].message).toContain('吊销');
  });
});

describe('JWT sign-in', () => {
  it('accepts a token signed by the configured key naming a department, and refuses a forged or expired one', async () => {
    const { generateKeyPair, exportSPKI, SignJWT } = await import('jose');
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const hub = await startTestHub({ JWT_PUBLIC_KEY: await exportSPKI(publicKey), JWT_ISSUER: 'https://idp.langfang.example', JWT_AUDIENCE: 'soilhub' });
    try {
      // Issued and expiring by the hub's clock, in seconds from it.
      const sign = (key: import('jose').KeyLike, expiresIn: number, dept = 'agriculture') => {
        const at = Math.floor(hub.now().getTime() / 1000);
        return new SignJWT({ dept })
          .setProtectedHeader({ alg: 'RS256' })
          .setIssuer('https://idp.langfang.example')
          .setAudience('soilhub')
          .setIssuedAt(at - 600)
          .setExpirationTime(at + expiresIn)
          .sign(key);
      };
      const call = async (token: string) =>
        fetch(`${hub.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{"query":"{ farmlandUnits(first: 1) { nodes { qualityClass } } }"}',
        });
      const ok = await call(await sign(privateKey, 300));
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect((await call(await sign(other.privateKey, 300))).status).toBe(401);
      expect((await call(await sign(privateKey, -300))).status).toBe(401);
      expect((await call(await sign(privateKey, 300, 'nasa'))).status).toBe(401);
    } finally {
      await hub.stop();
    }
  });
});

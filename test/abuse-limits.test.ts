import { startTestHub, type TestHub } from './helpers/test-hub';

/** Wearing the hub out: bursting keys, guessed keys, forged client addresses, metrics label floods, eternal tokens. */
const QUERY = JSON.stringify({ query: '{ me { code } }' });

async function post(url: string, headers: Record<string, string> = {}, body = QUERY) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

describe('what one key may have in progress (KEY_CONCURRENCY)', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ KEY_CONCURRENCY: '1' });
  });
  afterAll(() => t.stop());

  it('a second live stream of the same key is refused while the first is open, requests are counted apart, and the slot comes back', async () => {
    const auth = { authorization: `Bearer ${await t.keyOf('agriculture')}` };
    const first = new AbortController();
    const open = await fetch(`${t.url}/changes/stream`, { headers: auth, signal: first.signal });
    expect(open.status).toBe(200);
    const second = await fetch(`${t.url}/changes/stream`, { headers: auth });
    expect([second.status, ((await second.json()) as any).errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await post(`${t.url}/graphql`, auth)).status).toBe(200);
    first.abort();
    let status = 429;
    for (let i = 0; i < 50 && status === 429; i++) {
      const again = await fetch(`${t.url}/changes/stream`, { headers: auth, signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
      status = again?.status ?? 0;
      if (status === 200) await again!.body?.cancel();
      else await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(200);
  });
});

describe('rate limits at the department door', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ KEY_RATE_LIMIT: '5', AUTH_FAILURE_LIMIT: '3', PUBLIC_RATE_LIMIT: '3' });
  });
  afterAll(() => t.stop());

  it('a bursting key gets 429 RATE_LIMITED with Retry-After, on every route behind the door', async () => {
    const key = await t.keyOf('agriculture');
    const auth = { authorization: `Bearer ${key}` };
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(`${t.url}/graphql`, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(`${t.url}/graphql`, auth);
    expect(limited.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    const stream = await fetch(`${t.url}/changes/stream`, { headers: auth });
    expect(stream.status).toBe(429);
    // Another key of another department is not held back by it.
    expect((await post(`${t.url}/graphql`, { authorization: `Bearer ${await t.keyOf('finance')}` })).status).toBe(200);
  });

  it('an address that keeps failing authentication is refused for the minute, and the failures are counted', async () => {
    const wrong = (i: number) => ({ authorization: `Bearer sh_000000000000_${String(i).padStart(43, 'x')}` });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(`${t.url}/graphql`, wrong(i))).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // The address is refused as a whole, a good key included, until the minute is over.
    const good = await post(`${t.url}/graphql`, { authorization: `Bearer ${await t.keyOf('land-resources')}` });
    expect([good.status, good.body.errors?.[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/soilhub_auth_failures_total\{route="\/graphql"\} 3/);
  });
});

describe('client addresses', () => {
  it('a forged X-Forwarded-For does not buy a new public allowance unless its proxy is trusted', async () => {
    const t = await startTestHub({ PUBLIC_RATE_LIMIT: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await post(`${t.url}/public/graphql`, { 'x-forwarded-for': `203.0.113.${i}` }, '{"query":"{ planTargets { seq } }"}')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await t.stop();
    }
    const behindProxy = await startTestHub({ PUBLIC_RATE_LIMIT: '3', TRUST_PROXY: 'loopback' });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await post(`${behindProxy.url}/public/graphql`, { 'x-forwarded-for': `203.0.113.${i}` }, '{"query":"{ planTargets { seq } }"}')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await behindProxy.stop();
    }
  });

  it('the department door counts failed keys by the address TRUST_PROXY vouches for', async () => {
    const wrong = (i: number) => `Bearer sh_000000000000_${String(i).padStart(43, 'y')}`;
    const failing = async (url: string, forwarded: (i: number) => string) => {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(`${url}/graphql`, { authorization: wrong(i), 'x-forwarded-for': forwarded(i) })).status);
      return statuses;
    };
    // Not trusted: every forged address is this socket's, so the fourth failure is refused.
    const t = await startTestHub({ AUTH_FAILURE_LIMIT: '3' });
    try {
      expect(await failing(t.url, (i) => `198.51.100.${i}`)).toEqual([401, 401, 401, 429]);
    } finally {
      await t.stop();
    }
    // Behind a trusted proxy: each forwarded address has its own allowance, and one that keeps failing is refused.
    const behindProxy = await startTestHub({ AUTH_FAILURE_LIMIT: '3', TRUST_PROXY: 'loopback' });
    try {
      expect(await failing(behindProxy.url, (i) => `198.51.100.${i}`)).toEqual([401, 401, 401, 401]);
      expect(await failing(behindProxy.url, () => '198.51.100.77')).toEqual([401, 401, 401, 429]);
    } finally {
      await behindProxy.stop();
    }
  });
});

describe('metrics', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ PUBLIC_RATE_LIMIT: '100000' });
  });
  afterAll(() => t.stop());

  it('keeps client-chosen operation names to a bounded set of label values', async () => {
    for (let i = 0; i < 130; i++)
      await post(`${t.url}/public/graphql`, {}, JSON.stringify({ query: `query Op${i} { planTargets { seq } }`, operationName: `Op${i}` }));
    await post(`${t.url}/public/graphql`, {}, JSON.stringify({ query: 'query Op0 { planTargets { seq } }', operationName: 'Op0' }));
    const text = await (await fetch(`${t.url}/metrics`)).text();
    const operations = new Set([...text.matchAll(/soilhub_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(101);
    expect(operations).toContain('other');
    expect(text).toMatch(/soilhub_graphql_requests_total\{operation="Op0",outcome="ok"\} 2/);
  });

  it('are served to this machine only, or to a scraper with METRICS_TOKEN', async () => {
    const token = 'scrape-token-0123456789';
    const guarded = await startTestHub({ METRICS_TOKEN: token });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(403);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(403);
      const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('soilhub_http_requests_total');
    } finally {
      await guarded.stop();
    }
  });
});

describe('JWT sign-in', () => {
  it('refuses a token without an expiry and one that lives longer than JWT_MAX_LIFETIME_SECONDS', async () => {
    const { generateKeyPair, exportSPKI, SignJWT } = await import('jose');
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const hub = await startTestHub({ JWT_PUBLIC_KEY: await exportSPKI(publicKey), JWT_MAX_LIFETIME_SECONDS: '3600' });
    try {
      const at = Math.floor(hub.now().getTime() / 1000);
      const token = (claims: { iat?: number; exp?: number }) => {
        const jwt = new SignJWT({ dept: 'platform-admin' }).setProtectedHeader({ alg: 'RS256' });
        if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
        if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
        return jwt.sign(privateKey);
      };
      const call = async (t: string) => (await post(`${hub.url}/graphql`, { authorization: `Bearer ${t}` })).status;
      expect(await call(await token({ iat: at - 60, exp: at + 600 }))).toBe(200);
      expect(await call(await token({ iat: at - 60 }))).toBe(401);
      expect(await call(await token({ iat: at - 60, exp: at + 10 * 365 * 86_400 }))).toBe(401);
      expect(await call(await token({ exp: at + 600 }))).toBe(401);
    } finally {
      await hub.stop();
    }
  });
});

describe('inputs that are nonsense', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({ DEMO_DATA: 'true', MAX_TEXT_LENGTH: '500' });
  });
  afterAll(() => t.stop());
  const codeOf = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) => [
    r.body.errors?.[0].extensions?.code,
    r.body.errors?.[0].extensions?.details?.argument,
  ];

  it('a text longer than MAX_TEXT_LENGTH, as a literal or in a variable, is refused before it is stored', async () => {
    const long = '很'.repeat(501);
    const literal = await t.as('environment')(
      `mutation { reportTaskProgress(idempotencyKey: "text-0001-literal", rowNo: 1, period: "2026", status: IN_PROGRESS, percentDone: 10, summary: "${long}") { applied } }`,
    );
    expect(codeOf(literal)).toEqual(['BAD_USER_INPUT', 'reportTaskProgress']);
    expect(literal.body.errors?.[0].extensions?.details.maxLength).toBe(500);
    const variable = await t.as('environment')(
      'mutation($s: String!) { reportTaskProgress(idempotencyKey: "text-0002-variable", rowNo: 1, period: "2026", status: IN_PROGRESS, percentDone: 10, summary: $s) { applied } }',
      { s: long },
    );
    expect(codeOf(variable)).toEqual(['BAD_USER_INPUT', '$s']);
    const [{ n }] = await t.hub.database.dataSource.query(`SELECT count(*)::int AS n FROM task_progress_report WHERE length(summary) > 500`);
    expect(n).toBe(0);
  });

  it('a new use that is no GB/T 21010 class, a period to come or before the plan, a sample before 1979, a grant of a century', async () => {
    const [{ parcel }] = await t.hub.database.dataSource.query(`SELECT parcel_code AS parcel FROM land_parcel ORDER BY id LIMIT 1`);
    const change = (to: string) =>
      t.as('land-resources')(
        `mutation { recordLandTransaction(idempotencyKey: "use-${Buffer.from(to).toString('hex')}", parcel: "${parcel}", kind: CHANGE_OF_USE, status: APPROVED, decidedOn: "2026-01-05", toUse: "${to}") { applied } }`,
      );
    expect(codeOf(await change('ZZZ9'))).toEqual(['BAD_USER_INPUT', 'toUse']);
    expect((await change('城镇住宅用地')).body.errors).toBeUndefined();

    const report = (period: string) =>
      t.as('environment')(
        `mutation { reportTaskProgress(idempotencyKey: "period-${period}-0", rowNo: 1, period: "${period}", status: IN_PROGRESS, percentDone: 10, summary: "进展") { applied } }`,
      );
    expect(codeOf(await report('2099H1'))).toEqual(['BAD_USER_INPUT', 'period']);
    expect(codeOf(await report('2015'))).toEqual(['BAD_USER_INPUT', 'period']);
    expect((await report('2026H1')).body.errors).toBeUndefined();

    const [{ point }] = await t.hub.database.dataSource.query(`SELECT code AS point FROM monitoring_point ORDER BY id LIMIT 1`);
    const old = await t.as('environment')(
      'mutation($s: [SoilSampleInput!]!) { submitSoilSamples(idempotencyKey: "sample-1800-old", samples: $s) { applied } }',
      {
        s: [{ code: 'OLD-1', point, sampledOn: '1800-01-01', depthTopCm: 0, depthBottomCm: 20, measurements: [{ analyte: 'Cd', value: 0.2, unit: 'mg/kg' }] }],
      },
    );
    expect(old.body.errors?.[0].extensions?.details.errors).toEqual([expect.objectContaining({ path: 'samples[0].sampledOn' })]);

    const century = await t.as('finance')(
      'mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "绩效评价", legalBasis: "方案第（二十九）条", periodFrom: "2026-06-15", periodTo: "2126-06-14") { id } }',
    );
    expect(codeOf(century)).toEqual(['BAD_USER_INPUT', 'periodTo']);
    const fiveYears = await t.as('finance')(
      'mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "绩效评价", legalBasis: "方案第（二十九）条", periodFrom: "2026-06-15", periodTo: "2031-06-15") { id } }',
    );
    expect(fiveYears.body.errors).toBeUndefined();
  });
});

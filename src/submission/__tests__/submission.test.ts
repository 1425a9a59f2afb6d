import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

let t: TestHub;
let point: string;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' }, { clock: () => new Date('2026-11-28T04:00:00Z') });
  [{ code: point }] = await t.hub.database.dataSource.query(
    `SELECT p.code FROM monitoring_point p JOIN county c ON c.id = p.county_id WHERE c.name = '文安县' AND p.point_type = 'farmland' ORDER BY p.id LIMIT 1`,
  );
});
afterAll(() => t.stop());

const SUBMIT = `mutation($key: String!, $samples: [SoilSampleInput!]!) { submitSoilSamples(idempotencyKey: $key, samples: $samples) { applied replayed codes } }`;
const sample = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  point,
  sampledOn: '2026-10-15',
  depthTopCm: 0,
  depthBottomCm: 20,
  ph: 8.1,
  measurements: [
    { analyte: 'Cd', value: 0.21, unit: 'mg/kg' },
    { analyte: 'Pb', value: 23.5, unit: 'mg/kg' },
  ],
  ...over,
});
const count = async (prefix: string) =>
  (await t.hub.database.dataSource.query(`SELECT count(*)::int AS n FROM soil_sample WHERE code LIKE $1`, [`${prefix}%`]))[0].n;

describe('submitting soil samples', () => {
  it('applies a valid batch, which then appears in queries and in the feed', async () => {
    const { body } = await t.gql(SUBMIT, { key: 'batch-0001-valid', samples: [sample('SUB-A-1'), sample('SUB-A-2')] });
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitSoilSamples).toEqual({ applied: 2, replayed: false, codes: ['SUB-A-1', 'SUB-A-2'] });
    const read = await t.as('agriculture')('{ soilSample(code: "SUB-A-1") { sampledOn ph source measurements { nodes { value analyte { code } } } } }');
    expect(read.body.data?.soilSample).toEqual({
      sampledOn: '2026-10-15',
      ph: 8.1,
      source: 'SUBMITTED',
      measurements: {
        nodes: [
          { value: 0.21, analyte: { code: 'Cd' } },
          { value: 23.5, analyte: { code: 'Pb' } },
        ],
      },
    });
    const feed = await t.as('hebei-soil-platform')('{ changes(resources: ["SoilSample"]) { events { resource op values changedBy { code } } } }');
    const mine = feed.body.data?.changes.events.filter((e: any) => String(e.values.code).startsWith('SUB-A-'));
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ resource: 'SoilSample', op: 'insert', changedBy: { code: 'environment' }, values: { code: 'SUB-A-1', point, ph: 8.1 } });
  });

  it('rejects a batch with one bad row as a whole, reporting that row', async () => {
    const { body } = await t.gql(SUBMIT, {
      key: 'batch-0002-badrow',
      samples: [
        sample('SUB-B-1'),
        sample('SUB-B-2', { ph: 15 }),
        sample('SUB-B-3', { sampledOn: '2027-01-01', measurements: [{ analyte: 'Xx', value: -1, unit: 'g' }] }),
      ],
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = body.errors?.[0].extensions?.details.errors.map((e: any) => e.path);
    expect(paths).toEqual([
      'samples[1].ph',
      'samples[2].sampledOn',
      'samples[2].measurements[0].analyte',
      'samples[2].measurements[0].value',
      'samples[2].measurements[0].unit',
    ]);
    expect(await count('SUB-B-')).toBe(0);
  });

  it('applies a retried submission once', async () => {
    const first = await t.gql(SUBMIT, { key: 'batch-0003-retry', samples: [sample('SUB-C-1')] });
    const again = await t.gql(SUBMIT, { key: 'batch-0003-retry', samples: [sample('SUB-C-1')] });
    expect(first.body.data?.submitSoilSamples).toMatchObject({ applied: 1, replayed: false });
    expect(again.body.data?.submitSoilSamples).toEqual({ applied: 1, replayed: true, codes: ['SUB-C-1'] });
    expect(await count('SUB-C-')).toBe(1);
    const concurrent = await Promise.all([1, 2, 3].map(() => t.gql(SUBMIT, { key: 'batch-0004-race', samples: [sample('SUB-D-1')] })));
    expect(concurrent.filter((r) => r.body.data?.submitSoilSamples.replayed === false)).toHaveLength(1);
  });

  it('refuses a department that does not provide samples, and a county government outside its county', async () => {
    const other = await t.as('agriculture')(SUBMIT, { key: 'batch-0005-notprov', samples: [sample('SUB-E-1')] });
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PROVIDER' });
    const [{ code: elsewhere }] = await t.hub.database.dataSource.query(
      `SELECT p.code FROM monitoring_point p JOIN county c ON c.id = p.county_id WHERE c.name = '三河市' LIMIT 1`,
    );
    const gov = t.as('gov-wenan');
    expect((await gov(SUBMIT, { key: 'batch-0006-ownco', samples: [sample('SUB-F-1')] })).body.errors).toBeUndefined();
    const outside = await gov(SUBMIT, { key: 'batch-0007-other', samples: [sample('SUB-F-2', { point: elsewhere })] });
    expect(outside.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await count('SUB-E-')) + (await count('SUB-F-2'))).toBe(0);
  });
});

describe('site status changes', () => {
  it('follows the allowed transitions only, and feeds each change', async () => {
    const [{ code }] = await t.hub.database.dataSource.query(`SELECT code FROM contaminated_site WHERE status = 'suspected' ORDER BY id LIMIT 1`);
    const change = (key: string, status: string, risk = '') =>
      t.gql(`mutation { changeSiteStatus(idempotencyKey: "${key}", site: "${code}", status: ${status}${risk ? `, riskLevel: ${risk}` : ''}) { applied } }`);
    const jump = await change('site-0001-jump', 'REMOVED');
    expect(jump.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { from: 'suspected' } });
    expect((await change('site-0002-inv', 'INVESTIGATED')).body.errors).toBeUndefined();
    expect((await change('site-0003-reg', 'REGISTERED')).body.errors?.[0].extensions?.details.argument).toBe('riskLevel');
    expect((await change('site-0004-reg', 'REGISTERED', 'HIGH')).body.errors).toBeUndefined();
    const site = await t.gql(`{ contaminatedSite(code: "${code}") { status riskLevel listedOn } }`);
    expect(site.body.data?.contaminatedSite).toEqual({ status: 'REGISTERED', riskLevel: 'HIGH', listedOn: '2026-11-28' });
    const feed = await t.gql('{ changes(resources: ["ContaminatedSite"]) { events { values } } }');
    expect(feed.body.data?.changes.events.map((e: any) => e.values.status)).toEqual(['investigated', 'registered']);
  });
});

describe('the change feed', () => {
  it('resumed from its cursor, gives every change exactly once', async () => {
    const province = t.as('hebei-soil-platform');
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = (await province('query($after: ID) { changes(after: $after, first: 2) { events { cursor } endCursor hasMore } }', { after: cursor }))
        .body.data?.changes;
      seen.push(...page.events.map((e: any) => e.cursor));
      cursor = page.endCursor;
    }
    // New changes arrive while the consumer is away.
    await t.gql(SUBMIT, { key: 'batch-0008-later', samples: [sample('SUB-G-1'), sample('SUB-G-2')] });
    for (;;) {
      const page: any = (await province('query($after: ID) { changes(after: $after, first: 2) { events { cursor } endCursor hasMore } }', { after: cursor }))
        .body.data?.changes;
      seen.push(...page.events.map((e: any) => e.cursor));
      cursor = page.endCursor;
      if (!page.hasMore) break;
    }
    const [{ n }] = await t.hub.database.dataSource.query('SELECT count(*)::int AS n FROM change_event');
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('applies rights to the feed: county governments see their county, items they may not read are withheld', async () => {
    const gov = await t.as('gov-sanhe')('{ changes(resources: ["SoilSample"]) { events { values } } }');
    expect(gov.body.data?.changes.events).toEqual([]);
    await t.gql(
      'mutation { updateCatalogItem(resource: "LF.02.0002", field: "ph", sharingType: CONDITIONAL, sharingCondition: "测试", note: "feed") { version } }',
    );
    const finance = await t.as('finance')('{ changes(resources: ["SoilSample"], first: 1) { events { values withheld } } }');
    expect(finance.body.data?.changes.events[0].withheld).toEqual(['ph']);
    expect(finance.body.data?.changes.events[0].values.ph).toBeUndefined();
  });
});

describe('other submissions', () => {
  it('farmland classes are decided by 市农业局 only, with a basis, and fed', async () => {
    const [{ code }] = await t.hub.database.dataSource.query(`SELECT code FROM farmland_unit ORDER BY id LIMIT 1`);
    const decide = (who: string, key: string, basis = '2026 年详查样品评价') =>
      t.as(who)(`mutation { decideFarmlandClass(idempotencyKey: "${key}", unit: "${code}", qualityClass: SAFE_USE, basis: "${basis}") { applied replayed } }`);
    expect((await decide('environment', 'class-0001-env')).body.errors?.[0].extensions?.reason).toBe('NOT_PROVIDER');
    expect((await decide('agriculture', 'class-0002-nob', ' ')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await decide('agriculture', 'class-0003-ok')).body.data?.decideFarmlandClass).toEqual({ applied: 1, replayed: false });
    expect((await decide('agriculture', 'class-0003-ok')).body.data?.decideFarmlandClass).toEqual({ applied: 1, replayed: true });
    const unit = await t.as('agriculture')(`{ farmlandUnit(code: "${code}") { qualityClass classBasis classifiedOn } }`);
    expect(unit.body.data?.farmlandUnit).toEqual({ qualityClass: 'SAFE_USE', classBasis: '2026 年详查样品评价', classifiedOn: '2026-11-28' });
    const feed = await t.as('agriculture')('{ changes(resources: ["FarmlandUnit"]) { events { values } } }');
    expect(feed.body.data?.changes.events).toHaveLength(1);
    // The feed keeps the class from departments without a grant, as queries do.
    const other = await t.as('finance')('{ changes(resources: ["FarmlandUnit"]) { events { withheld } } }');
    expect(other.body.data?.changes.events[0].withheld).toEqual(expect.arrayContaining(['qualityClass', 'classBasis', 'classifiedOn']));
  });

  it("task progress is reported by the task's own departments, validated", async () => {
    const report = (who: string, key: string, args = 'period: "2026", status: IN_PROGRESS, percentDone: 60') =>
      t.as(who)(`mutation { reportTaskProgress(idempotencyKey: "${key}", rowNo: 1, ${args}, summary: "详查数据库已建成") { applied } }`);
    expect((await report('water', 'task-0001-water')).body.errors?.[0].extensions?.reason).toBe('NOT_ASSIGNED');
    expect(
      (await report('environment', 'task-0002-bad', 'period: "last year", status: IN_PROGRESS, percentDone: 60')).body.errors?.[0].extensions?.details.argument,
    ).toBe('period');
    expect(
      (await report('environment', 'task-0003-done', 'period: "2026", status: COMPLETED, percentDone: 90')).body.errors?.[0].extensions?.details.argument,
    ).toBe('percentDone');
    expect((await report('environment', 'task-0004-ok')).body.data?.reportTaskProgress.applied).toBe(1);
    const task = await t.gql('{ planTask(rowNo: 1) { progressReports { period percentDone source department { code } } } }');
    expect(task.body.data?.planTask.progressReports).toContainEqual({
      period: '2026',
      percentDone: 60,
      source: 'SUBMITTED',
      department: { code: 'environment' },
    });
  });
});

describe('land and planning submissions', () => {
  it('land transactions by 市国土资源局 and planned uses by 市城乡规划局, each validated and fed', async () => {
    const [{ parcel }] = await t.hub.database.dataSource.query(`SELECT parcel_code AS parcel FROM land_parcel ORDER BY id LIMIT 1`);
    const land = t.as('land-resources');
    const change = `mutation($k: String!, $to: String) { recordLandTransaction(idempotencyKey: $k, parcel: "${parcel}", kind: CHANGE_OF_USE, status: APPROVED, decidedOn: "2026-11-01", toUse: $to, counterparty: "某某公司") { applied } }`;
    expect((await land(change, { k: 'land-0001-nouse', to: null })).body.errors?.[0].extensions?.details.argument).toBe('toUse');
    expect((await t.as('urban-rural-planning')(change, { k: 'land-0002-plan', to: '住宅用地' })).body.errors?.[0].extensions?.reason).toBe('NOT_PROVIDER');
    expect((await land(change, { k: 'land-0003-ok', to: '住宅用地' })).body.data?.recordLandTransaction.applied).toBe(1);
    const planning = t.as('urban-rural-planning');
    const plan = (k: string, category: string) =>
      planning(
        `mutation { setPlannedUse(idempotencyKey: "${k}", parcel: "${parcel}", category: "${category}", planName: "测试控规", approvedOn: "2026-10-01") { applied } }`,
      );
    expect((await plan('plan-0001-bad', 'XYZ')).body.errors?.[0].extensions?.details.argument).toBe('category');
    expect((await plan('plan-0002-ok', 'r2')).body.data?.setPlannedUse.applied).toBe(1);
    const read = await land(`{ landParcel(parcelCode: "${parcel}") { transactions { kind toUse } plannedUses { category landClass } } }`);
    expect(read.body.data?.landParcel.transactions).toContainEqual({ kind: 'CHANGE_OF_USE', toUse: '住宅用地' });
    expect(read.body.data?.landParcel.plannedUses).toContainEqual({ category: 'R2', landClass: 1 });
    // The counterparty is not shared: the feed withholds it from everyone but the provider.
    const feed = await t.as('urban-rural-planning')('{ changes(resources: ["LandTransaction"]) { events { withheld values } } }');
    expect(feed.body.data?.changes.events[0].withheld).toEqual(['counterparty']);
  });
});

describe('the live stream', () => {
  it('pushes each committed change to a connected consumer, with its cursor as the event id', async () => {
    const key = await t.keyOf('hebei-soil-platform');
    const [{ last }] = await t.hub.database.dataSource.query(`SELECT COALESCE(max(id), 0)::text AS last FROM change_event`);
    const controller = new AbortController();
    const res = await fetch(`${t.url}/changes/stream?after=${last}&resources=SoilSample`, {
      headers: { authorization: `Bearer ${key}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const received: string[] = [];
    const reading = (async () => {
      let text = '';
      while (received.length < 2) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
        for (const block of text.split('\n\n').slice(0, -1)) {
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) received.push(JSON.parse(data.slice(6)).values.code);
        }
        text = text.slice(text.lastIndexOf('\n\n') + 2);
      }
    })();
    await t.gql(SUBMIT, { key: 'live-0001-push', samples: [sample('SUB-L-1'), sample('SUB-L-2')] });
    await Promise.race([reading, new Promise((_, reject) => setTimeout(() => reject(new Error('no push within 5 s')), 5_000))]);
    controller.abort();
    expect(received).toEqual(['SUB-L-1', 'SUB-L-2']);
    const anonymous = await fetch(`${t.url}/changes/stream`);
    expect(anonymous.status).toBe(401);
  });
});

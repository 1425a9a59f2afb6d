import { addDays, TEST_TODAY } from '../helpers/test-clock';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/**
 * One set of rights expectations, run through every door: the query (`/graphql`), the change feed (`changes`),
 * the live stream (`GET /changes/stream`), the file download (`GET /download/…`), the public endpoint and the import. 市财政局 holds a purpose-bound grant
 * of FarmlandUnit.qualityClass limited to 文安县; 文安县人民政府 sees its county's rows only. Each door must give
 * each caller the same outcome for the same record, and put each delivery on the audit trail.
 */
let t: TestHub;
const PURPOSE = '耕地安全利用资金测算';
const units: Record<'wenan' | 'other', string> = { wenan: '', other: '' };
let points: Record<'wenan' | 'other', string>;

beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
  const ds = t.hub.database.dataSource;
  const first = async (table: string, county: string, inCounty: boolean) =>
    (await ds.query(`SELECT x.code FROM ${table} x JOIN county c ON c.id = x.county_id WHERE (c.name = $1) = $2 ORDER BY x.id LIMIT 1`, [county, inCounty]))[0]
      .code as string;
  units.wenan = await first('farmland_unit', '文安县', true);
  units.other = await first('farmland_unit', '文安县', false);
  points = { wenan: await first('monitoring_point', '文安县', true), other: await first('monitoring_point', '文安县', false) };
  const asked = await t.as('finance')(
    `mutation { requestAccess(resource: "LF.03.0001", items: ["qualityClass"], purpose: "${PURPOSE}", legalBasis: "方案第（二十九）条",
      periodFrom: "${TEST_TODAY}", periodTo: "${addDays(TEST_TODAY, 365)}") { id } }`,
  );
  const approved = await t.as('agriculture')(`mutation { approveAccessRequest(id: "${asked.body.data!.requestAccess.id}", counties: ["文安县"]) { status } }`);
  expect(approved.body.errors).toBeUndefined();
  // The 文安县 unit's change comes last, so every caller's stream has reached the end when it has that one.
  for (const [i, unit] of [units.other, units.wenan].entries()) {
    const decided = await t.as('agriculture')(
      `mutation { decideFarmlandClass(idempotencyKey: "every-door-000${i}", unit: "${unit}", qualityClass: SAFE_USE, basis: "详查结果") { applied } }`,
    );
    expect(decided.body.errors).toBeUndefined();
  }
});
afterAll(() => t.stop());

type Outcome = 'released' | 'withheld' | 'absent';
interface Case {
  who: string;
  purpose: boolean;
  unit: 'wenan' | 'other';
  expected: Outcome;
  /** The reason the query gives when withheld. */
  reason?: string;
}

const CASES: Case[] = [
  { who: 'finance', purpose: true, unit: 'wenan', expected: 'released' },
  { who: 'finance', purpose: true, unit: 'other', expected: 'withheld', reason: 'OUT_OF_SCOPE' },
  { who: 'finance', purpose: false, unit: 'wenan', expected: 'withheld', reason: 'PURPOSE_MISMATCH' },
  { who: 'agriculture', purpose: false, unit: 'other', expected: 'released' },
  { who: 'gov-wenan', purpose: false, unit: 'wenan', expected: 'withheld', reason: 'NO_GRANT' },
  { who: 'gov-wenan', purpose: false, unit: 'other', expected: 'absent' },
  { who: 'hebei-soil-platform', purpose: false, unit: 'wenan', expected: 'withheld', reason: 'NO_GRANT' },
];

const headersOf = (c: Case): Record<string, string> => (c.purpose ? { 'x-purpose': encodeURIComponent(PURPOSE) } : {});
const outcomeOfEvent = (events: any[], code: string): Outcome => {
  const e = events.filter((x) => x.resource === 'FarmlandUnit' && x.values.code === code).at(-1);
  if (!e) return 'absent';
  if (e.values.qualityClass !== undefined && !e.withheld.includes('qualityClass')) return 'released';
  return 'withheld';
};

async function viaQuery(c: Case): Promise<{ outcome: Outcome; reason?: string }> {
  const { body } = await t.as(c.who)(`{ farmlandUnit(code: "${units[c.unit]}") { code qualityClass } }`, undefined, headersOf(c));
  if (!body.data?.farmlandUnit) return { outcome: 'absent' };
  if (body.data.farmlandUnit.qualityClass !== null) return { outcome: 'released' };
  return { outcome: 'withheld', reason: body.errors?.[0].extensions?.reason };
}

async function viaFeed(c: Case): Promise<Outcome> {
  const { body } = await t.as(c.who)('{ changes(resources: ["FarmlandUnit"], first: 1000) { events { resource values withheld } } }', undefined, headersOf(c));
  return outcomeOfEvent(body.data!.changes.events, units[c.unit]);
}

async function viaStream(c: Case): Promise<Outcome> {
  const controller = new AbortController();
  const res = await fetch(`${t.url}/changes/stream?resources=FarmlandUnit`, {
    headers: { authorization: `Bearer ${await t.keyOf(c.who)}`, ...headersOf(c) },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let text = '';
  // Every caller here may see the 文安县 unit's row, whose change is the last one.
  while (!text.includes(`"code":"${units.wenan}"`)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  return outcomeOfEvent(
    text
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice(6))),
    units[c.unit],
  );
}

/** The unit's row in the department's file download (CSV), narrowed to the unit's county. */
async function viaDownload(c: Case): Promise<Outcome> {
  const [{ county }] = await t.hub.database.dataSource.query(
    'SELECT c.name AS county FROM farmland_unit u JOIN county c ON c.id = u.county_id WHERE u.code = $1',
    [units[c.unit]],
  );
  const res = await fetch(`${t.url}/download/LF.03.0001.csv?county=${encodeURIComponent(county)}`, {
    headers: { authorization: `Bearer ${await t.keyOf(c.who)}`, ...headersOf(c) },
  });
  // A county government asking for another county's rows is refused as a query is: no rows for it.
  if (res.status === 403) return 'absent';
  expect(res.status).toBe(200);
  const [header, ...rows] = (await res.text())
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const row = rows.find((r) => r.includes(units[c.unit]));
  if (!row) return 'absent';
  const column = header.indexOf('土壤环境质量类别');
  return column >= 0 && row[column] ? 'released' : 'withheld';
}

const auditCount = async (who: string, kind: string): Promise<number> =>
  (
    await t.hub.database.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_record a JOIN department d ON d.id = a.principal_id WHERE d.code = $1 AND a.kind = $2`,
      [who, kind],
    )
  )[0].n;

describe('every door gives the same caller the same record', () => {
  it.each(CASES)('$who (purpose: $purpose), the $unit unit: $expected through the query, the feed and the stream', async (c) => {
    const before = { query: await auditCount(c.who, 'query'), stream: await auditCount(c.who, 'stream') };
    const query = await viaQuery(c);
    const feed = await viaFeed(c);
    const stream = await viaStream(c);
    expect({ query: query.outcome, feed, stream }).toEqual({ query: c.expected, feed: c.expected, stream: c.expected });
    if (c.reason) expect(query.reason).toBe(c.reason);
    // Each delivery is on the audit trail: the query and the feed as queries, the stream per page it sent.
    expect(await auditCount(c.who, 'query')).toBe(before.query + 2);
    expect(await auditCount(c.who, 'stream')).toBe(before.stream + 1);
  });

  it.each(CASES)('$who (purpose: $purpose), the $unit unit: $expected through the file download, audited as queries', async (c) => {
    const before = await auditCount(c.who, 'query');
    expect(await viaDownload(c)).toBe(c.expected);
    expect(await auditCount(c.who, 'query')).toBeGreaterThan(before);
  });

  it("the stream's audit record says what it released and withheld, with the grant and the purpose", async () => {
    const records = await t.hub.database.dataSource.query(
      `SELECT a.purpose, a.released, a.denied, a.grants_used FROM audit_record a JOIN department d ON d.id = a.principal_id
        WHERE d.code = 'finance' AND a.kind = 'stream' AND a.purpose IS NOT NULL ORDER BY a.id`,
    );
    expect(records.length).toBeGreaterThanOrEqual(2);
    expect(records[0].purpose).toBe(PURPOSE);
    expect(records[0].released.FarmlandUnit.items.qualityClass).toBeGreaterThanOrEqual(1);
    expect(records[0].denied).toContainEqual(expect.objectContaining({ type: 'FarmlandUnit', field: 'qualityClass', reason: 'OUT_OF_SCOPE' }));
    expect(records[0].grants_used).toHaveLength(1);
  });

  it('a county government reads the changes of resources not bound to a county, as it can query them', async () => {
    const reported = await t.as('environment')(
      'mutation { reportTaskProgress(idempotencyKey: "every-door-progress", rowNo: 1, period: "2026", status: IN_PROGRESS, percentDone: 40, summary: "详查点位布设完成") { applied } }',
    );
    expect(reported.body.errors).toBeUndefined();
    const county = t.as('gov-wenan');
    const queried = await county('{ planTask(rowNo: 1) { progressReports { percentDone summary } } }');
    expect(queried.body.data!.planTask.progressReports).toContainEqual({ percentDone: 40, summary: '详查点位布设完成' });
    const feed = await county('{ changes(resources: ["TaskProgressReport"]) { events { values } } }');
    expect(feed.body.data!.changes.events.map((e: any) => e.values.summary)).toContain('详查点位布设完成');
  });
});

describe('the public door', () => {
  it('shows the register but not the suspected list, and has no feed', async () => {
    const ds = t.hub.database.dataSource;
    const [suspected] = await ds.query(`SELECT code FROM contaminated_site WHERE status = 'suspected' ORDER BY id LIMIT 1`);
    const [listed] = await ds.query(`SELECT code FROM contaminated_site WHERE status NOT IN ('suspected', 'investigated') ORDER BY id LIMIT 1`);
    const publicly = async (query: string) => {
      const res = await fetch(`${t.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return (await res.json()) as { data?: any; errors?: any[] };
    };
    const site = (code: string) => `{ contaminatedSite(code: "${code}") { code status } }`;
    expect((await publicly(site(listed.code))).data.contaminatedSite.code).toBe(listed.code);
    expect((await publicly(site(suspected.code))).data.contaminatedSite).toBeNull();
    expect((await t.as('environment')(site(suspected.code))).body.data!.contaminatedSite.code).toBe(suspected.code);
    expect((await publicly('{ changes { endCursor } }')).errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const stream = await fetch(`${t.url}/changes/stream`);
    expect([stream.status, ((await stream.json()) as any).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('the import door asks the write door', () => {
  const HEADER = 'sample_code,point_code,sampled_on,depth_top_cm,depth_bottom_cm,ph,analyte,value,unit,below_detection';
  const post = async (who: string, point: string, key: string) => {
    const res = await fetch(`${t.url}/import/samples`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'idempotency-key': key, authorization: `Bearer ${await t.keyOf(who)}` },
      body: `${HEADER}\n${key},${point},2026-03-02,0,20,7.9,Cd,0.21,mg/kg,false\n`,
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it.each([
    { who: 'environment', point: 'other', status: 200 },
    { who: 'gov-wenan', point: 'wenan', status: 200 },
    { who: 'gov-wenan', point: 'other', status: 403, reason: 'NOT_PROVIDER' },
    { who: 'agriculture', point: 'wenan', status: 403, reason: 'NOT_PROVIDER' },
  ] as const)('$who importing a sample at a point of the $point county: $status', async (c) => {
    const key = `door-${c.who}-${c.point}`;
    const before = await auditCount(c.who, 'import');
    const res = await post(c.who, points[c.point], key);
    expect(res.status).toBe(c.status);
    if ('reason' in c) expect(res.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: c.reason });
    else expect(res.body).toMatchObject({ applied: true, samples: 1 });
    // The same decision a GraphQL submission gets, and on the audit trail either way.
    expect(await auditCount(c.who, 'import')).toBe(before + 1);
    const submitted = await t.as(c.who)(
      `mutation { submitSoilSamples(idempotencyKey: "${key}-gql", samples: [{ code: "${key}-gql", point: "${points[c.point]}", sampledOn: "2026-03-02", depthTopCm: 0, depthBottomCm: 20, measurements: [{ analyte: "Cd", value: 0.2, unit: "mg/kg" }] }]) { applied } }`,
    );
    if ('reason' in c) expect(submitted.body.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: c.reason });
    else expect(submitted.body.errors).toBeUndefined();
  });
});

import { addDays, TEST_TODAY } from '../helpers/test-clock';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/**
 * The change feed and the live stream release what the same caller could query: 市财政局's purpose-bound grant of
 * FarmlandUnit.qualityClass, limited to 文安县, releases the class of a 文安县 unit's change and withholds it for
 * another county's, with the purpose declared and not without; each stream delivery is audited.
 */
let t: TestHub;
const PURPOSE = '耕地安全利用资金测算';
let wenan: string;
let other: string;

beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
  const unitIn = async (county: string, not = false) =>
    (await t.hub.database.dataSource.query(
      `SELECT f.code FROM farmland_unit f JOIN county c ON c.id = f.county_id WHERE (c.name = $1) = $2 ORDER BY f.id LIMIT 1`,
      [county, !not],
    ))[0].code as string;
  wenan = await unitIn('文安县');
  other = await unitIn('文安县', true);
  const asked = await t.as('finance')(
    `mutation { requestAccess(resource: "LF.03.0001", items: ["qualityClass"], purpose: "${PURPOSE}", legalBasis: "方案第（二十九）条",
      periodFrom: "${TEST_TODAY}", periodTo: "${addDays(TEST_TODAY, 365)}") { id } }`,
  );
  const approved = await t.as('agriculture')(`mutation { approveAccessRequest(id: "${asked.body.data!.requestAccess.id}", counties: ["文安县"]) { status } }`);
  expect(approved.body.errors).toBeUndefined();
  for (const [i, unit] of [wenan, other].entries()) {
    const decided = await t.as('agriculture')(
      `mutation { decideFarmlandClass(idempotencyKey: "feed-rights-000${i}", unit: "${unit}", qualityClass: SAFE_USE, basis: "详查结果") { applied } }`,
    );
    expect(decided.body.errors).toBeUndefined();
  }
});
afterAll(() => t.stop());

const purpose = { 'x-purpose': encodeURIComponent(PURPOSE) };
const eventOf = (events: any[], unit: string) => events.filter((e) => e.resource === 'FarmlandUnit' && e.values.code === unit).at(-1);

describe('the change feed decides as the query does', () => {
  it('the query: the class of the 文安县 unit with the purpose, not the other county\'s', async () => {
    const q = (unit: string) => t.as('finance')(`{ farmlandUnit(code: "${unit}") { qualityClass } }`, undefined, purpose);
    expect((await q(wenan)).body.data!.farmlandUnit.qualityClass).toBe('SAFE_USE');
    expect((await q(other)).body.errors?.[0].extensions?.reason).toBe('OUT_OF_SCOPE');
  });

  it('changes(): the same release per record, and nothing conditional without the purpose', async () => {
    const feed = async (headers: Record<string, string> = {}) =>
      (await t.as('finance')('{ changes(resources: ["FarmlandUnit"], first: 1000) { events { resource values withheld } } }', undefined, headers)).body.data!.changes.events;
    const withPurpose = await feed(purpose);
    // The grant covers the class only: the other conditional items of the change stay withheld.
    expect(eventOf(withPurpose, wenan)).toMatchObject({ values: { qualityClass: 'safe_use' }, withheld: ['classBasis', 'classifiedOn'] });
    expect(eventOf(withPurpose, other).values.qualityClass).toBeUndefined();
    expect(eventOf(withPurpose, other).withheld).toContain('qualityClass');
    const without = await feed();
    expect(eventOf(without, wenan).withheld).toContain('qualityClass');
  });

  it('the live stream: the same release, and an audit record of what it delivered', async () => {
    const controller = new AbortController();
    const res = await fetch(`${t.url}/changes/stream?resources=FarmlandUnit`, {
      headers: { authorization: `Bearer ${await t.keyOf('finance')}`, ...purpose },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes(`"code":"${other}"`) || !text.includes(`"code":"${wenan}"`)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const events = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
    expect(eventOf(events, wenan).values.qualityClass).toBe('safe_use');
    expect(eventOf(events, other).withheld).toContain('qualityClass');

    const [finance] = await t.hub.database.dataSource.query(`SELECT id FROM department WHERE code = 'finance'`);
    const records = await t.hub.database.dataSource.query(`SELECT purpose, released, denied, grants_used FROM audit_record WHERE kind = 'stream' AND principal_id = $1`, [finance.id]);
    expect(records).toHaveLength(1);
    expect(records[0].purpose).toBe(PURPOSE);
    expect(records[0].released.FarmlandUnit.items.qualityClass).toBeGreaterThanOrEqual(1);
    expect(records[0].denied).toContainEqual(expect.objectContaining({ type: 'FarmlandUnit', field: 'qualityClass', reason: 'OUT_OF_SCOPE' }));
    expect(records[0].grants_used).toHaveLength(1);
  });
});

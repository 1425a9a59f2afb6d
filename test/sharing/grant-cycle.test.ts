import { startTestHub, type TestHub } from '../helpers/test-hub';

/** request → approve → read → revoke → denied, expiry and overdue answers, over HTTP with a movable clock. */
let t: TestHub;
let now = new Date('2026-12-01T02:00:00Z'); // a Tuesday, 10:00 in Langfang
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' }, { clock: () => now });
});
afterAll(() => t.stop());

const READ = '{ remediationProjects(first: 3) { nodes { code investmentWanYuan } } }';
const PURPOSE = '土壤污染防治专项资金绩效评价';
const finance = () => t.as('finance');
/** 市财政局 reading, declaring the purpose its grants were given for. */
const financeFor =
  (purpose = PURPOSE) =>
  (query: string) =>
    t.as('finance')(query, undefined, { 'x-purpose': encodeURIComponent(purpose) });
const environment = () => t.as('environment');

async function request(items = ['investmentWanYuan'], periodTo = '2027-06-30') {
  const { body } = await finance()(
    `mutation($items: [String!]!, $to: LocalDate!) { requestAccess(resource: "LF.02.0009", items: $items, purpose: "土壤污染防治专项资金绩效评价",
      legalBasis: "方案第（二十九）条", periodFrom: "2026-12-01", periodTo: $to) { id status dueOn overdue consumer { code } resource { code } } }`,
    { items, to: periodTo },
  );
  return body;
}

describe('a conditional item', () => {
  it('is denied before a grant, readable after approval, denied at once after revocation', async () => {
    const before = await finance()(READ);
    expect(before.body.data?.remediationProjects.nodes[0]).toMatchObject({ investmentWanYuan: null });
    expect(before.body.data?.remediationProjects.nodes[0].code).toBeTruthy();
    expect(before.body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NO_GRANT',
      details: { resource: 'LF.02.0009', item: 'investmentWanYuan' },
    });
    expect((before.body.errors?.[0].extensions?.details as { howToRequest?: string }).howToRequest).toContain('requestAccess');

    const submitted = await request();
    expect(submitted.errors).toBeUndefined();
    // 10 working days after Tuesday 2026-12-01: Tuesday 2026-12-15.
    expect(submitted.data!.requestAccess).toMatchObject({
      status: 'PENDING',
      dueOn: '2026-12-15',
      overdue: false,
      consumer: { code: 'finance' },
      resource: { code: 'LF.02.0009' },
    });
    const id = submitted.data!.requestAccess.id;

    const notProvider = await t.as('agriculture')(`mutation { approveAccessRequest(id: "${id}") { status } }`);
    expect(notProvider.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PARTY' });

    const toDecide = await environment()('{ accessRequests(role: PROVIDER, status: PENDING) { id items } }');
    expect(toDecide.body.data?.accessRequests).toContainEqual({ id, items: ['investmentWanYuan'] });

    const approved = await environment()(`mutation { approveAccessRequest(id: "${id}", note: "同意") { status grant { id active items } events { event } } }`);
    expect(approved.body.data?.approveAccessRequest).toMatchObject({ status: 'APPROVED', grant: { active: true, items: ['investmentWanYuan'] } });
    expect(approved.body.data?.approveAccessRequest.events.map((e: any) => e.event)).toEqual(['submitted', 'approved']);

    const noPurpose = await finance()(READ);
    expect(noPurpose.body.errors?.[0].extensions).toMatchObject({ reason: 'PURPOSE_MISMATCH', details: { item: 'investmentWanYuan' } });
    const otherPurpose = await financeFor('招商引资')(READ);
    expect(otherPurpose.body.errors?.[0].extensions?.reason).toBe('PURPOSE_MISMATCH');
    // The catalog says it is readable, whatever this request declared, and names the purpose to declare.
    const access = await finance()('{ catalogEntry(code: "LF.02.0009") { lastUpdate items { fieldName myAccess { status reason purposes grantValidTo } } } }');
    expect(access.body.data?.catalogEntry.items.find((i: any) => i.fieldName === 'investmentWanYuan').myAccess).toMatchObject({
      status: 'READABLE',
      reason: null,
      purposes: [PURPOSE],
    });
    expect(access.body.data?.catalogEntry.lastUpdate).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    const after = await financeFor()(READ);
    expect(after.body.errors).toBeUndefined();
    expect(typeof after.body.data?.remediationProjects.nodes[0].investmentWanYuan).toBe('number');

    const grantId = approved.body.data?.approveAccessRequest.grant.id;
    const revoked = await environment()(`mutation { revokeAccessGrant(id: "${grantId}", reason: "用途已完成") { active revokedAt } }`);
    expect(revoked.body.data?.revokeAccessGrant.active).toBe(false);
    const denied = await financeFor()(READ);
    expect(denied.body.errors?.[0].extensions).toMatchObject({ reason: 'GRANT_EXPIRED', details: { item: 'investmentWanYuan' } });
  });

  it('stops being readable when the grant expires', async () => {
    const submitted = await request(['investmentWanYuan'], '2026-12-31');
    const id = submitted.data!.requestAccess.id;
    await environment()(`mutation { approveAccessRequest(id: "${id}", validTo: "2026-12-02") { status } }`);
    expect((await financeFor()(READ)).body.errors).toBeUndefined();
    now = new Date(now.getTime() + 2 * DAY);
    const expired = await financeFor()(READ);
    expect(expired.body.errors?.[0].extensions?.reason).toBe('GRANT_EXPIRED');
    const access = await finance()('{ catalogEntry(code: "LF.02.0009") { items { fieldName myAccess { status reason } } } }');
    const item = access.body.data?.catalogEntry.items.find((i: any) => i.fieldName === 'investmentWanYuan');
    expect(item.myAccess).toEqual({ status: 'REQUESTABLE', reason: 'GRANT_EXPIRED' });
  });

  it('can be rejected with reasons, withdrawn by the consumer, and shows overdue answers to both sides and the administrator', async () => {
    const a = (await request()).data!.requestAccess.id;
    const noReason = await environment()(`mutation { rejectAccessRequest(id: "${a}", reason: " ") { status } }`);
    expect(noReason.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await environment()(`mutation { rejectAccessRequest(id: "${a}", reason: "资金数据另行报送") { status decisionReason } }`);
    expect(rejected.body.data?.rejectAccessRequest).toEqual({ status: 'REJECTED', decisionReason: '资金数据另行报送' });
    const again = await environment()(`mutation { approveAccessRequest(id: "${a}") { status } }`);
    expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const b = (await request()).data!.requestAccess.id;
    const byOther = await t.as('agriculture')(`mutation { withdrawAccessRequest(id: "${b}") { status } }`);
    expect(byOther.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PARTY' });
    expect((await finance()(`mutation { withdrawAccessRequest(id: "${b}") { status } }`)).body.data?.withdrawAccessRequest.status).toBe('WITHDRAWN');

    const c = (await request()).data!.requestAccess.id;
    now = new Date(now.getTime() + 20 * DAY);
    for (const [who, role] of [
      ['finance', 'CONSUMER'],
      ['environment', 'PROVIDER'],
      ['platform-admin', 'ALL'],
    ]) {
      const { body } = await t.as(who)(`{ accessRequests(role: ${role}, overdue: true) { id overdue } }`);
      expect(body.data?.accessRequests).toContainEqual({ id: c, overdue: true });
    }
    const notAdmin = await finance()('{ accessRequests(role: ALL) { id } }');
    expect(notAdmin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("counts working days around the administrator's holiday calendar", async () => {
    now = new Date('2027-09-29T02:00:00Z'); // Wednesday
    const admin = t.as('platform-admin');
    for (const day of ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07']) {
      expect((await admin(`mutation { setCalendarDay(day: "${day}", kind: HOLIDAY, name: "国庆节") }`)).body.data).toEqual({ setCalendarDay: true });
    }
    await admin('mutation { setCalendarDay(day: "2027-10-09", kind: WORKDAY, name: "国庆节调休") }');
    expect((await finance()('mutation { setCalendarDay(day: "2027-10-10", kind: WORKDAY) }')).body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHORISED',
    });
    // Working days after Wed 09-29: 09-30, 10-08, 10-09 (Sat, worked), 10-11, 12, 13, 14, 15, 18, 19.
    expect((await request(['investmentWanYuan'], '2028-01-01')).data!.requestAccess.dueOn).toBe('2027-10-19');
  });

  it("counts working days around the State Council's 2026 holidays, loaded at start, which the administrator can cancel", async () => {
    const { body } = await finance()('{ calendarDays(year: 2026) { day kind name source } }');
    const days = (body.data as any).calendarDays as { day: string; kind: string; name: string; source: string }[];
    expect(days.filter((d) => d.name === '春节').map((d) => d.day)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(days.find((d) => d.day === '2026-10-10')).toEqual({ day: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休', source: 'chinese-days 1.5.7' });
    now = new Date('2026-09-28T02:00:00Z'); // Monday
    // Working days after Mon 09-28: 09-29, 09-30, (国庆 10-01…10-07), 10-08, 10-09, 10-10 (Sat, worked), 10-12, 13, 14, 15, 16.
    expect((await request(['investmentWanYuan'], '2027-09-30')).data!.requestAccess.dueOn).toBe('2026-10-16');

    // The administrator cancels the Saturday worked: it is an ordinary weekend again, and stays so.
    const admin = t.as('platform-admin');
    expect((await admin('mutation { setCalendarDay(day: "2026-10-10") }')).body.data).toEqual({ setCalendarDay: true });
    const after = (await finance()('{ calendarDays(year: 2026) { day kind name source } }')).body.data as any;
    expect(after.calendarDays.find((d: any) => d.day === '2026-10-10')).toEqual({
      day: '2026-10-10',
      kind: 'HOLIDAY',
      name: '取消国庆节调休',
      source: 'administrator',
    });
    const [audited] = await t.hub.database.dataSource.query(
      `SELECT detail FROM audit_record WHERE detail ? 'calendarDay' AND detail->'calendarDay'->>'day' = '2026-10-10' ORDER BY id DESC LIMIT 1`,
    );
    expect(audited.detail.calendarDay.before).toMatchObject({ kind: 'workday', source: 'chinese-days 1.5.7' });
    expect((await finance()('{ calendarDays(year: 1900) { day } }')).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('limited to some counties, releases the item on their rows only', async () => {
    now = new Date('2026-12-01T02:00:00Z');
    const { body } = await finance()(
      'mutation { requestAccess(resource: "LF.02.0004", items: ["landUseHolder"], purpose: "土地收储资金测算", legalBasis: "方案第（二十）条", periodFrom: "2026-12-01", periodTo: "2027-12-31") { id } }',
    );
    const approved = await environment()(
      `mutation { approveAccessRequest(id: "${body.data!.requestAccess.id}", counties: ["霸州市"]) { grant { counties { name } } } }`,
    );
    expect(approved.body.data?.approveAccessRequest.grant.counties).toEqual([{ name: '霸州市' }]);
    const read = await financeFor('土地收储资金测算')(
      '{ bazhou: contaminatedSites(county: "霸州市", first: 5) { nodes { landUseHolder } } wenan: contaminatedSites(county: "文安县", first: 5) { nodes { landUseHolder } } }',
    );
    expect(read.body.data?.bazhou.nodes.length).toBeGreaterThan(0);
    expect(read.body.errors?.map((e) => [e.path?.[0], e.extensions?.reason])).toEqual([['wenan', 'OUT_OF_SCOPE']]);
    const filtered = await financeFor('土地收储资金测算')('{ landParcels(onSite: true, first: 1) { nodes { site { landUseHolder } } } }');
    expect(filtered.body.errors?.every((e) => e.extensions?.reason === 'OUT_OF_SCOPE') ?? true).toBe(true);
    const notByCounty = await environment()(
      `mutation { approveAccessRequest(id: "${(await request()).data!.requestAccess.id}", counties: ["霸州市"]) { status } }`,
    );
    expect(notByCounty.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses requests that make no sense, with coded errors', async () => {
    const cases: [string, string][] = [
      ['resource: "LF.99.9999", items: ["x"]', 'BAD_USER_INPUT'],
      ['resource: "LF.02.0009", items: ["nosuchitem"]', 'BAD_USER_INPUT'],
      ['resource: "LF.02.0009", items: ["code"]', 'BAD_USER_INPUT'],
      ['resource: "LF.04.0002", items: ["counterparty"]', 'BAD_USER_INPUT'],
    ];
    for (const [args, code] of cases) {
      const { body } = await finance()(
        `mutation { requestAccess(${args}, purpose: "p", legalBasis: "b", periodFrom: "2027-01-01", periodTo: "2027-02-01") { id } }`,
      );
      expect([args, body.errors?.[0].extensions?.code]).toEqual([args, code]);
    }
    const own = await environment()(
      'mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "p", legalBasis: "b", periodFrom: "2027-01-01", periodTo: "2027-02-01") { id } }',
    );
    expect(own.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

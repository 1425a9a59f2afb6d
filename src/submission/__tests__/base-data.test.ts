import { TestClock, TEST_NOW } from '../../../test/helpers/test-clock';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * Departments maintain their own base data through the hub: sites with their negative lists and control areas,
 * parcels with boundaries, monitoring points and farmland units; validated, by their providers within their
 * counties, with before/after in the change feed, and the register readable as of a date.
 */
let t: TestHub;
const clock = new TestClock();
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
beforeAll(async () => {
  t = await startTestHub({}, { clock: clock.read });
});
afterAll(() => t.stop());

const square = (lon: number, lat: number, d = 0.001) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});
const SITE = `mutation($k: String!, $site: ContaminatedSiteInput!) { saveContaminatedSite(idempotencyKey: $k, site: $site) { applied replayed codes } }`;
const site = (v: Record<string, unknown> = {}) => ({
  code: 'BD-SITE-1',
  name: '测试电镀厂旧址',
  county: '文安县',
  formerIndustry: '电镀',
  disallowedUses: ['R', 'A33'],
  controlArea: square(116.46, 38.87),
  origin: '重点行业企业用地调查',
  ...v,
});
const errorOf = async (who: string, query: string, vars: Record<string, unknown>) => (await t.as(who)(query, vars)).body.errors?.[0]?.extensions;

describe('sites, their negative lists and control areas', () => {
  it('register a new site as suspected, keep each change with who, when, before and after, and read the register as of a date', async () => {
    clock.set('2026-06-01T02:00:00Z');
    expect((await t.as('environment')(SITE, { k: 'bd-site-0001', site: site() })).body.data!.saveContaminatedSite).toEqual({
      applied: 1,
      replayed: false,
      codes: ['BD-SITE-1'],
    });
    const status = (k: string, s: string, risk = '') =>
      t.as('environment')(`mutation { changeSiteStatus(idempotencyKey: "${k}", site: "BD-SITE-1", status: ${s}${risk}) { applied } }`);
    await status('bd-status-0001', 'INVESTIGATED');
    await status('bd-status-0002', 'REGISTERED', ', riskLevel: HIGH');
    clock.set('2026-06-10T02:00:00Z');
    // The county government of 文安县 narrows the negative list of a site in its county.
    expect((await t.as('gov-wenan')(SITE, { k: 'bd-site-0002', site: site({ disallowedUses: ['R'] }) })).body.errors).toBeUndefined();
    clock.set(TEST_NOW);

    const { body } = await t.as('land-resources')(`{
      contaminatedSite(code: "BD-SITE-1") { id status disallowedUses controlArea }
      early: siteRegister(asOf: "2026-05-31", county: "文安县") { code }
      first: siteRegister(asOf: "2026-06-05", county: "文安县") { code status disallowedUses }
      now: siteRegister(asOf: "2026-06-15", county: "文安县") { code disallowedUses } }`);
    expect(body.errors).toBeUndefined();
    const current = body.data!.contaminatedSite;
    expect([current.status, current.disallowedUses, current.controlArea]).toEqual(['REGISTERED', ['R'], square(116.46, 38.87)]);
    expect(body.data!.early).toEqual([]);
    expect(body.data!.first).toEqual([{ code: 'BD-SITE-1', status: 'REGISTERED', disallowedUses: ['R', 'A33'] }]);
    expect(body.data!.now).toEqual([{ code: 'BD-SITE-1', disallowedUses: ['R'] }]);

    const history = await t.as('land-resources')(
      `{ changes(resources: ["ContaminatedSite"], record: ${Number(current.id)}) { events { at op changedBy { code } values previous } } }`,
    );
    const events = history.body.data!.changes.events;
    expect(events.map((e: any) => [e.op, e.changedBy.code])).toEqual([
      ['insert', 'environment'],
      ['update', 'environment'],
      ['update', 'environment'],
      ['update', 'gov-wenan'],
    ]);
    expect(events[3]).toMatchObject({ at: '2026-06-10T02:00:00.000Z', values: { disallowedUses: ['R'] }, previous: { disallowedUses: ['R', 'A33'] } });
    expect(events[0].values).toMatchObject({ code: 'BD-SITE-1', status: 'suspected', origin: '重点行业企业用地调查' });
  });

  it('refuse bad geometry and uses, another county, and write nothing', async () => {
    const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM contaminated_site`);
    const open = square(116.46, 38.87);
    open.coordinates[0].pop();
    expect(await errorOf('environment', SITE, { k: 'bd-bad-0001', site: site({ code: 'BD-SITE-2', controlArea: open }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { argument: 'site.controlArea' },
    });
    // GCJ-02 or swapped coordinates fall outside Langfang.
    expect(
      (await t.as('environment')(SITE, { k: 'bd-bad-0002', site: site({ code: 'BD-SITE-2', controlArea: square(38.87, 116.46) }) })).body.errors![0].message,
    ).toContain('不在廊坊市范围内');
    expect(await errorOf('environment', SITE, { k: 'bd-bad-0003', site: site({ code: 'BD-SITE-2', disallowedUses: ['住宅'] }) })).toMatchObject({
      details: { argument: 'site.disallowedUses.0' },
    });
    expect(await errorOf('gov-sanhe', SITE, { k: 'bd-bad-0004', site: site({ code: 'BD-SITE-2' }) })).toMatchObject({ code: 'FORBIDDEN' });
    // Nor may 文安县 move its site into 三河市, or 三河市 change 文安县's.
    expect(await errorOf('gov-wenan', SITE, { k: 'bd-bad-0005', site: site({ county: '三河市' }) })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('gov-sanhe', SITE, { k: 'bd-bad-0006', site: site({ county: '三河市' }) })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await sql(`SELECT count(*)::int AS n FROM contaminated_site`))[0].n).toBe(before);
    expect(
      (await sql(`SELECT county_id = (SELECT id FROM county WHERE name = '文安县') AS same FROM contaminated_site WHERE code = 'BD-SITE-1'`))[0].same,
    ).toBe(true);
  });
});

describe('parcels with boundaries, points and farmland units', () => {
  it('decide which points lie in a parcel from its boundary, not from a link', async () => {
    const unit = `mutation($k: String!, $u: FarmlandUnitInput!) { saveFarmlandUnit(idempotencyKey: $k, unit: $u) { applied } }`;
    expect(
      (
        await t.as('agriculture')(unit, {
          k: 'bd-unit-0001',
          u: { code: 'BD-F-1', name: '测试单元', county: '文安县', areaMu: 120, landType: 'DRY', permanentBasicFarmland: false },
        })
      ).body.data!.saveFarmlandUnit.applied,
    ).toBe(1);
    const point = `mutation($k: String!, $p: MonitoringPointInput!) { saveMonitoringPoint(idempotencyKey: $k, point: $p) { applied } }`;
    const p = (code: string, lon: number) => ({
      code,
      name: code,
      pointType: 'SITE_INVESTIGATION',
      county: '文安县',
      longitude: lon,
      latitude: 38.8705,
      site: 'BD-SITE-1',
    });
    // Both are linked to the site; only the first lies inside the parcel's boundary.
    for (const [k, code, lon] of [
      ['bd-point-0001', 'BD-P-IN', 116.4605],
      ['bd-point-0002', 'BD-P-OUT', 116.47],
    ] as const) {
      expect((await t.as('environment')(point, { k, p: p(code, lon) })).body.errors).toBeUndefined();
    }
    expect(await errorOf('environment', point, { k: 'bd-point-0003', p: { ...p('BD-P-BAD', 121.47), latitude: 31.23 } })).toMatchObject({
      details: { argument: 'point.longitude' },
    });
    const samples = await sql(
      `INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source)
       SELECT 'BD-S-' || p.code, p.id, '2026-05-01', 0, 20, 7.5, 'synthetic' FROM monitoring_point p WHERE p.code IN ('BD-P-IN', 'BD-P-OUT') RETURNING id, code`,
    );
    await sql(
      `INSERT INTO measurement (sample_id, analyte_id, value, unit, below_detection, source)
       SELECT s.id, a.id, CASE WHEN s.code = 'BD-S-BD-P-IN' THEN 100 ELSE 3000 END, 'mg/kg', false, 'synthetic' FROM soil_sample s, analyte a
        WHERE s.id = ANY($1) AND a.code = 'Pb'`,
      [samples.map((s: { id: number }) => s.id)],
    );
    const parcel = `mutation($k: String!, $p: LandParcelInput!) { saveLandParcel(idempotencyKey: $k, parcel: $p) { applied } }`;
    const land = {
      parcelCode: 'BD-L-1',
      county: '文安县',
      areaM2: 12000,
      currentUse: '工业用地',
      permanentBasicFarmland: false,
      listedIndustry: 'ELECTROPLATING',
      farmlandUnit: 'BD-F-1',
      site: 'BD-SITE-1',
      boundary: square(116.46, 38.87),
    };
    expect(await errorOf('land-resources', parcel, { k: 'bd-parcel-0001', p: { ...land, currentUse: '厂房' } })).toMatchObject({
      details: { argument: 'parcel.currentUse' },
    });
    expect(await errorOf('environment', parcel, { k: 'bd-parcel-0002', p: land })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.as('land-resources')(parcel, { k: 'bd-parcel-0003', p: land })).body.errors).toBeUndefined();

    const { body } = await t.as('environment')(`{
      landParcel(parcelCode: "BD-L-1") { listedIndustry boundary geometry { coordinates } status }
      constructionLandCheck(parcel: "BD-L-1", plannedUse: "M1") { samples verdict explanation } }`);
    expect(body.data!.landParcel).toEqual({
      listedIndustry: 'ELECTROPLATING',
      boundary: square(116.46, 38.87),
      geometry: { coordinates: [116.4605, 38.8705] },
      status: 'RESERVE',
    });
    // Lead 3000 outside the boundary would exceed class 2's intervention value (2500): it is not counted.
    expect(body.data!.constructionLandCheck).toMatchObject({ samples: 1, verdict: 'MEETS_USE' });
    expect(body.data!.constructionLandCheck.explanation).toContain('宗地界址内 1 个监测点位的 1 个样品');
  });
});

describe('重点行业企业用地调查: written notices and their six months', () => {
  it('raise an overdue alert after six months without an initial investigation, and resolve it when the report is filed', async () => {
    expect((await t.as('environment')(SITE, { k: 'bd-site-0101', site: site({ code: 'BD-SITE-3', name: '测试疑似地块' }) })).body.errors).toBeUndefined();
    const notice = `mutation($k: String!, $site: String!, $on: LocalDate!) {
      issueInvestigationNotice(idempotencyKey: $k, site: $site, code: "文环通〔2025〕1号", holder: "测试使用权人", notifiedOn: $on) { applied } }`;
    expect(await errorOf('environment', notice, { k: 'bd-note-0001', site: 'BD-SITE-1', on: '2025-11-01' })).toMatchObject({ details: { argument: 'site' } });
    expect((await t.as('environment')(notice, { k: 'bd-note-0002', site: 'BD-SITE-3', on: '2025-11-01' })).body.errors).toBeUndefined();
    const read = async () =>
      (
        await t.as('environment')(`{
          investigationNotices(county: "文安县") { nodes { code dueOn overdue site { code } } }
          alerts(kind: INVESTIGATION_OVERDUE, open: true) { nodes { subject message } } }`)
      ).body.data!;
    const before = await read();
    expect(before.investigationNotices.nodes).toEqual([{ code: '文环通〔2025〕1号', dueOn: '2026-05-01', overdue: true, site: { code: 'BD-SITE-3' } }]);
    expect(before.alerts.nodes).toEqual([
      {
        subject: '测试疑似地块（BD-SITE-3）',
        message: '疑似污染地块 测试疑似地块（BD-SITE-3）：2025-11-01 书面通知土地使用权人，期限 2026-05-01 已过，尚未报送初步调查报告（方案第（六）条）',
      },
    ]);
    const file = `mutation { fileAssessmentReport(idempotencyKey: "bd-report-0001", site: "BD-SITE-3", code: "BD-AR-3", stage: INITIAL_INVESTIGATION,
      conclusion: POLLUTED, landClass: 1, reportedOn: "2026-06-01", sampledFrom: "2026-05-10", preparedBy: "测试调查单位", summary: "测试") { applied } }`;
    expect((await t.as('environment')(file)).body.errors).toBeUndefined();
    const after = await read();
    expect(after.investigationNotices.nodes[0].overdue).toBe(false);
    expect(after.alerts.nodes).toEqual([]);
  });
});

describe('points, units and parcels: their providers, within their counties', () => {
  const point = `mutation($k: String!, $p: MonitoringPointInput!) { saveMonitoringPoint(idempotencyKey: $k, point: $p) { applied } }`;
  const unit = `mutation($k: String!, $u: FarmlandUnitInput!) { saveFarmlandUnit(idempotencyKey: $k, unit: $u) { applied } }`;
  const parcel = `mutation($k: String!, $p: LandParcelInput!) { saveLandParcel(idempotencyKey: $k, parcel: $p) { applied } }`;
  const p = { code: 'BD-P-GOV', name: '县报点位', pointType: 'FARMLAND', county: '文安县', longitude: 116.45, latitude: 38.86 };
  const u = { code: 'BD-F-GOV', name: '县报单元', county: '文安县', areaMu: 80, landType: 'PADDY', permanentBasicFarmland: true };
  const l = { parcelCode: 'BD-L-GOV', county: '文安县', areaM2: 3000, currentUse: '旱地', permanentBasicFarmland: true };

  it('refuse another county and another department, and bad values, with codes', async () => {
    expect(await errorOf('gov-sanhe', point, { k: 'bd-scope-0001', p })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('agriculture', point, { k: 'bd-scope-0002', p })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('gov-sanhe', unit, { k: 'bd-scope-0003', u })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('environment', unit, { k: 'bd-scope-0004', u })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('agriculture', unit, { k: 'bd-scope-0005', u: { ...u, areaMu: 0 } })).toMatchObject({ details: { argument: 'unit.areaMu' } });
    expect(await errorOf('gov-sanhe', parcel, { k: 'bd-scope-0006', p: l })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('land-resources', parcel, { k: 'bd-scope-0007', p: { ...l, boundary: { type: 'Point', coordinates: [116.4, 38.8] } } })).toMatchObject(
      {
        details: { argument: 'parcel.boundary' },
      },
    );
    const [{ n }] = await sql(
      `SELECT (SELECT count(*) FROM monitoring_point WHERE code = 'BD-P-GOV') + (SELECT count(*) FROM farmland_unit WHERE code = 'BD-F-GOV')
              + (SELECT count(*) FROM land_parcel WHERE parcel_code = 'BD-L-GOV') AS n`,
    );
    expect(Number(n)).toBe(0);
  });

  it("let the county government register its own county's point, unit and parcel", async () => {
    expect((await t.as('gov-wenan')(point, { k: 'bd-scope-0101', p })).body.errors).toBeUndefined();
    expect((await t.as('gov-wenan')(unit, { k: 'bd-scope-0102', u })).body.errors).toBeUndefined();
    expect((await t.as('gov-wenan')(parcel, { k: 'bd-scope-0103', p: l })).body.errors).toBeUndefined();
    const { body } = await t.as('gov-wenan')(
      `{ monitoringPoint(code: "BD-P-GOV") { name } farmlandUnit(code: "BD-F-GOV") { areaMu permanentBasicFarmland } landParcel(parcelCode: "BD-L-GOV") { status } }`,
    );
    expect(body.data).toEqual({
      monitoringPoint: { name: '县报点位' },
      farmlandUnit: { areaMu: 80, permanentBasicFarmland: true },
      landParcel: { status: 'RESERVE' },
    });
  });
});

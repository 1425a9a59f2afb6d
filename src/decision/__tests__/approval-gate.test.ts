import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * The gate on the cases the plan decides, over fixtures made here (codes GS-…, source synthetic, values by hand):
 * a remediated site judged on its current state, the （十七） triggers whatever the current-use text says, managed
 * background values, the negative list by the GB 50137 hierarchy, permanent basic farmland, and approvals that
 * cannot be recorded without a passing check.
 */
let t: TestHub;
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
const ids = async (text: string, params: unknown[]) => (await sql(text, params)).map((r: { id: number }) => r.id);

beforeAll(async () => {
  t = await startTestHub();
  const [{ id: county }] = await sql(`SELECT id FROM county WHERE name = '文安县'`);
  const [{ id: env }] = await sql(`SELECT id FROM department WHERE code = 'environment'`);
  const [remSite, rem2Site, asSite, negSite] = await ids(
    `INSERT INTO contaminated_site (code, name, county_id, status, disallowed_uses, listed_on, removed_on, source) VALUES
       ('GS-SITE-REM', '测试修复地块', $1, 'removed', '{R,A33,A5,A6}', '2018-09-01', '2021-01-10', 'synthetic'),
       ('GS-SITE-REM2', '测试按第二类修复地块', $1, 'removed', '{R}', '2018-09-01', '2021-01-10', 'synthetic'),
       ('GS-SITE-AS', '测试砷高背景地块', $1, 'investigated', '{}', NULL, NULL, 'synthetic'),
       ('GS-SITE-NEG', '测试负面清单地块', $1, 'investigated', '{R2}', NULL, NULL, 'synthetic') RETURNING id`,
    [county],
  );
  const [strictUnit] = await ids(
    `INSERT INTO farmland_unit (code, name, county_id, area_mu, land_type, quality_class, source)
     VALUES ('GS-F-1', '测试严格管控类单元', $1, 200, 'dry', 'strict_control', 'synthetic') RETURNING id`,
    [county],
  );
  const parcels = await ids(
    `INSERT INTO land_parcel (parcel_code, county_id, area_m2, current_use, status, site_id, listed_industry, farmland_unit_id, permanent_basic_farmland, source) VALUES
       ('GS-L-REM', $1, 9000, '工业用地', 'reserve', $2, 'chemical', NULL, false, 'synthetic'),
       ('GS-L-REM2', $1, 9000, '工业用地', 'reserve', $3, NULL, NULL, false, 'synthetic'),
       ('GS-L-CHEM', $1, 7000, '仓储用地', 'reserve', NULL, 'chemical', NULL, false, 'synthetic'),
       ('GS-L-FARM', $1, 7000, '旱地', 'reserve', NULL, NULL, $6, false, 'synthetic'),
       ('GS-L-AS', $1, 7000, '商服用地', 'reserve', $4, NULL, NULL, false, 'synthetic'),
       ('GS-L-NEG', $1, 7000, '商服用地', 'reserve', $5, NULL, NULL, false, 'synthetic'),
       ('GS-L-PBF', $1, 7000, '水浇地', 'reserve', NULL, NULL, NULL, true, 'synthetic') RETURNING id`,
    [county, remSite, rem2Site, asSite, negSite, strictUnit],
  );
  await sql(`INSERT INTO planned_land_use (parcel_id, category, plan_name, approved_on, source) VALUES ($1, 'R2', '测试控规', '2020-12-01', 'synthetic')`, [
    parcels[0],
  ]);
  await sql(
    `INSERT INTO construction_project (code, name, parcel_id, developer, planned_use, phase, source) VALUES
    ('GS-PJ-REM', '测试住宅项目', $1, '测试建设单位', 'R2', 'planned', 'synthetic'), ('GS-PJ-CHEM', '测试商业项目', $2, '测试建设单位', 'B1', 'planned', 'synthetic')`,
    [parcels[0], parcels[2]],
  );
  const points = await ids(
    `INSERT INTO monitoring_point (code, name, point_type, county_id, longitude, latitude, site_id, source) VALUES
       ('GS-P-REM', '测试点位1', 'site_investigation', $1, 116.5, 38.9, $2, 'synthetic'),
       ('GS-P-REM2', '测试点位2', 'site_investigation', $1, 116.5, 38.9, $3, 'synthetic'),
       ('GS-P-AS', '测试点位3', 'site_investigation', $1, 116.5, 38.9, $4, 'synthetic') RETURNING id`,
    [county, remSite, rem2Site, asSite],
  );
  // Before remediation lead 900 (over class 1 intervention 800); after it 150. The class-2 site: 600 after (over class 1 screening 400).
  const samples = await ids(
    `INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source) VALUES
       ('GS-S-REM-OLD', $1, '2018-06-01', 0, 50, 7.8, 'synthetic'), ('GS-S-REM-NEW', $1, '2020-10-15', 0, 50, 7.8, 'synthetic'),
       ('GS-S-REM2-NEW', $2, '2020-10-15', 0, 50, 7.8, 'synthetic'), ('GS-S-AS', $3, '2019-05-01', 0, 50, 7.8, 'synthetic') RETURNING id`,
    points,
  );
  await sql(
    `INSERT INTO measurement (sample_id, analyte_id, value, unit, below_detection, source)
     SELECT v.sample, a.id, v.value, 'mg/kg', false, 'synthetic'
       FROM (VALUES ($1::int, 'Pb', 900), ($2::int, 'Pb', 150), ($3::int, 'Pb', 600), ($4::int, 'As', 35)) v(sample, code, value) JOIN analyte a ON a.code = v.code`,
    samples,
  );
  await sql(
    `INSERT INTO site_assessment_report (code, site_id, county_id, stage, conclusion, land_class, reported_on, sampled_from, prepared_by, targets, summary, filed_by, filed_at, source) VALUES
       ('GS-AR-REM-1', $1, $5, 'risk_assessment', 'risk_unacceptable', 1, '2018-08-15', NULL, '测试评估单位', '[{"analyte":"Pb","value":400}]', '测试', $6, now(), 'synthetic'),
       ('GS-AR-REM-2', $1, $5, 'effect_evaluation', 'target_met', 1, '2020-11-20', '2020-10-01', '测试评估单位', '[]', '测试', $6, now(), 'synthetic'),
       ('GS-AR-REM2-1', $2, $5, 'effect_evaluation', 'target_met', 2, '2020-11-20', '2020-10-01', '测试评估单位', '[]', '测试', $6, now(), 'synthetic'),
       ('GS-AR-AS-1', $3, $5, 'initial_investigation', 'polluted', 1, '2019-06-01', '2019-05-01', '测试调查单位', '[]', '测试', $6, now(), 'synthetic'),
       ('GS-AR-NEG-1', $4, $5, 'initial_investigation', 'not_polluted', 1, '2019-06-01', '2019-05-01', '测试调查单位', '[]', '测试', $6, now(), 'synthetic')`,
    [remSite, rem2Site, asSite, negSite, county, env],
  );
});
afterAll(() => t.stop());

const CHECK = `mutation($parcel: String!, $type: ApprovalType!, $use: String, $bg: [BackgroundValueInput!]) {
  checkApproval(parcel: $parcel, approvalType: $type, plannedUse: $use, backgrounds: $bg) {
    id allowed plannedUse landClass checkVerdict dataAsOf registerVersion reasons { code blocking message basis } } }`;
const check = async (parcel: string, type: string, use?: string, bg?: { analyte: string; value: number }[]) => {
  const { body } = await t.as('urban-rural-planning')(CHECK, { parcel, type, use, bg });
  expect(body.errors).toBeUndefined();
  return body.data!.checkApproval;
};
const blocking = (d: any) => d.reasons.filter((r: any) => r.blocking).map((r: any) => r.code);
const codes = (d: any) => d.reasons.map((r: any) => r.code);

describe('the gate judges the current state', () => {
  it('allows remediated land on the samples after its passing effect evaluation, not on the lead before it', async () => {
    const d = await check('GS-L-REM', 'PLANNING_PERMIT');
    expect([d.allowed, d.plannedUse, d.landClass, d.checkVerdict]).toEqual([true, 'R2', 1, 'MEETS_USE']);
    // A chemical works planned for housing must be investigated first (（十七）): its reports answer that.
    expect(codes(d)).toEqual(['REMOVED_FROM_REGISTER', 'EFFECT_EVALUATION_PASSED', 'SOIL_MEETS_USE', 'INVESTIGATION_REQUIRED', 'PLANNED_USE']);
    expect(d.reasons[3]).toMatchObject({ blocking: false, message: expect.stringContaining('已有效果评估报告 GS-AR-REM-2') });
    const effect = d.reasons.find((r: any) => r.code === 'EFFECT_EVALUATION_PASSED');
    expect(effect.message).toBe(
      '效果评估报告 GS-AR-REM-2（测试评估单位，2020-11-20）确认达到第一类用地的风险管控或修复目标；按其后（2020-10-01 起）的样品判断地块现状',
    );
    expect(effect.basis).toContain('《中华人民共和国土壤污染防治法》第六十五、六十六条');
    expect(d.reasons.find((r: any) => r.code === 'SOIL_MEETS_USE').message).toContain(
      '按第一类用地筛查2020-10-01 以来（效果评估之后）地块上调查监测点位的 1 个样品',
    );
    // The newest record the verdict rests on: the removal from the register.
    expect(d.dataAsOf).toBe('2021-01-10');
    // And the register as it stood: its newest change.
    const [{ newest }] = await sql(`SELECT max(id)::text AS newest FROM contaminated_site_version`);
    expect(d.registerVersion).toBe(newest);
  });

  it('refuses class 1 use of land evaluated for class 2 only, and allows industry on it', async () => {
    const housing = await check('GS-L-REM2', 'PLANNING_PERMIT', 'R2');
    expect(blocking(housing)).toEqual(['EFFECT_EVALUATION_FAILED', 'SOIL_EXCEEDS_SCREENING']);
    expect(housing.reasons[0].message).toContain('只确认达到第二类用地的目标，不能用作第一类用地');
    const industry = await check('GS-L-REM2', 'PLANNING_PERMIT', 'M1');
    expect([industry.allowed, industry.checkVerdict]).toEqual([true, 'MEETS_USE']);
  });
});

describe('（十七）: who must be investigated first', () => {
  it('requires it for a chemical works turned commercial, whatever its current use is called, and not for industry', async () => {
    const commercial = await check('GS-L-CHEM', 'PLANNING_PERMIT', 'B1');
    expect(blocking(commercial)).toEqual(['INVESTIGATION_REQUIRED']);
    expect(commercial.reasons[0].message).toContain('宗地为化工用地，拟改为居住、商业、学校、医疗或养老等用途，但没有土壤污染状况调查评估报告');
    expect(commercial.reasons[0].basis).toBe('《廊坊市土壤污染防治工作方案》第（十七）条；《中华人民共和国土壤污染防治法》第五十九、六十七条');
    expect((await check('GS-L-CHEM', 'PLANNING_PERMIT', 'M1')).allowed).toBe(true);
  });

  it('requires it for heavily polluted farmland turned into construction land', async () => {
    const d = await check('GS-L-FARM', 'LAND_SUPPLY', 'M1');
    expect(blocking(d)).toEqual(['INVESTIGATION_REQUIRED']);
    expect(d.reasons[0].message).toContain('严格管控类（重度污染农用地），拟转为城镇建设用地');
  });

  it('requires it for any use once the land of a listed industry is reclaimed', async () => {
    const [{ id }] = await sql(`SELECT id FROM land_parcel WHERE parcel_code = 'GS-L-CHEM'`);
    await sql(`INSERT INTO land_transaction (parcel_id, kind, status, decided_on, source) VALUES ($1, 'reclaim', 'approved', '2026-01-10', 'synthetic')`, [id]);
    expect(blocking(await check('GS-L-CHEM', 'LAND_SUPPLY', 'M1'))).toEqual(['INVESTIGATION_REQUIRED']);
  });
});

describe('background values', () => {
  it("come from the environment department's reference, never from the caller", async () => {
    const asCaller = await check('GS-L-AS', 'LAND_SUPPLY', 'B1', [{ analyte: 'As', value: 50 }]);
    // Class 2 screening for arsenic is 60: use class 1 to make 35 count.
    const housing = await check('GS-L-AS', 'LAND_SUPPLY', 'R2', [{ analyte: 'As', value: 50 }]);
    expect(asCaller.allowed).toBe(true);
    expect(blocking(housing)).toEqual(['SOIL_EXCEEDS_SCREENING']);
    expect(codes(housing)).toContain('CALLER_BACKGROUND_IGNORED');
    const [stored] = await sql(`SELECT caller_backgrounds FROM approval_check WHERE id = $1`, [Number(housing.id)]);
    expect(stored.caller_backgrounds).toEqual({ As: 50 });

    const set = `mutation($k: String!) { setBackgroundValue(idempotencyKey: $k, analyte: "As", value: 40, basis: "测试依据（合成）", county: "文安县") { applied } }`;
    expect((await t.as('land-resources')(set, { k: 'gate-bg-1-key' })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.as('environment')(set, { k: 'gate-bg-2-key' })).body.data!.setBackgroundValue.applied).toBe(1);
    const after = await check('GS-L-AS', 'LAND_SUPPLY', 'R2');
    expect([after.allowed, after.checkVerdict]).toEqual([true, 'MEETS_USE']);
    const { body } = await t.as('environment')(
      `{ constructionLandCheck(parcel: "GS-L-AS", plannedUse: "R2") { items { analyte withinBackground backgroundValue backgroundBasis } } }`,
    );
    expect(body.data!.constructionLandCheck.items).toEqual([
      { analyte: 'As', withinBackground: true, backgroundValue: 40, backgroundBasis: '本县背景值：测试依据（合成）' },
    ]);
  });
});

describe('the register, the negative list and farmland', () => {
  it('matches the negative list by the GB 50137 hierarchy: a listed R2 catches a planned R', async () => {
    const d = await check('GS-L-NEG', 'PLANNING_PERMIT', 'R');
    expect(blocking(d)).toEqual(['NEGATIVE_LIST']);
    expect(d.reasons[0].message).toContain('规划用途 R 包含负面清单所列的 R2');
    expect((await check('GS-L-NEG', 'PLANNING_PERMIT', 'B1')).allowed).toBe(true);
  });

  it('refuses construction on permanent basic farmland', async () => {
    const d = await check('GS-L-PBF', 'CONSTRUCTION_PERMIT', 'M1');
    expect(blocking(d)).toEqual(['PERMANENT_BASIC_FARMLAND']);
    expect(d.reasons[0].basis).toContain('第（十三）条');
  });
});

describe('approvals recorded only over a passing check', () => {
  const count = async (table: string) => (await sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('refuses a land supply on permanent basic farmland with the reasons, writing nothing, and records one on remediated land', async () => {
    const supply = `mutation($k: String!, $parcel: String!) {
      recordLandTransaction(idempotencyKey: $k, parcel: $parcel, kind: SUPPLY, status: APPROVED, decidedOn: "2026-06-01") { applied } }`;
    const before = await count('land_transaction');
    const refused = (await t.as('land-resources')(supply, { k: 'gate-sup-1-key', parcel: 'GS-L-PBF' })).body.errors![0];
    expect(refused.extensions).toMatchObject({ code: 'APPROVAL_CHECK_REQUIRED', details: { parcel: 'GS-L-PBF', reasons: ['PERMANENT_BASIC_FARMLAND'] } });
    expect(refused.message).toContain('未通过用地审批把关，不得办理土地供应');
    expect(await count('land_transaction')).toBe(before);

    expect((await t.as('land-resources')(supply, { k: 'gate-sup-2-key', parcel: 'GS-L-REM' })).body.data!.recordLandTransaction.applied).toBe(1);
    const [row] = await sql(
      `SELECT c.allowed, c.approval_type FROM land_transaction t JOIN approval_check c ON c.id = t.approval_check_id JOIN land_parcel p ON p.id = t.parcel_id
        WHERE p.parcel_code = 'GS-L-REM' AND t.kind = 'supply'`,
    );
    expect(row).toEqual({ allowed: true, approval_type: 'land_supply' });
  });

  it('refuses a planning permit on the negative list and a construction permit where investigation is due', async () => {
    const permit = `mutation($k: String!, $parcel: String!, $code: String!) {
      recordPlanningPermit(idempotencyKey: $k, parcel: $parcel, code: $code, kind: LAND_USE, issuedOn: "2026-06-01", holder: "测试建设单位") { applied } }`;
    await sql(
      `INSERT INTO planned_land_use (parcel_id, category, plan_name, approved_on, source) SELECT id, 'R2', '测试控规', '2026-01-01', 'synthetic' FROM land_parcel WHERE parcel_code = 'GS-L-NEG'`,
    );
    const refused = (await t.as('urban-rural-planning')(permit, { k: 'gate-pp-1-key', parcel: 'GS-L-NEG', code: 'GS-PP-1' })).body.errors![0];
    expect(refused.extensions).toMatchObject({ code: 'APPROVAL_CHECK_REQUIRED', details: { reasons: ['NEGATIVE_LIST'] } });
    expect(
      (await t.as('urban-rural-planning')(permit, { k: 'gate-pp-2-key', parcel: 'GS-L-REM', code: 'GS-PP-2' })).body.data!.recordPlanningPermit.applied,
    ).toBe(1);

    const build = `mutation($k: String!, $project: String!, $code: String!) {
      recordConstructionPermit(idempotencyKey: $k, project: $project, permitCode: $code, issuedOn: "2026-06-01") { applied } }`;
    const noReport = (await t.as('construction')(build, { k: 'gate-cp-1-key', project: 'GS-PJ-CHEM', code: 'GS-CP-1' })).body.errors![0];
    expect(noReport.extensions).toMatchObject({ code: 'APPROVAL_CHECK_REQUIRED', details: { reasons: ['INVESTIGATION_REQUIRED'] } });
    expect((await t.as('construction')(build, { k: 'gate-cp-2-key', project: 'GS-PJ-REM', code: 'GS-CP-2' })).body.data!.recordConstructionPermit.applied).toBe(
      1,
    );
    const [project] = await sql(
      `SELECT phase, construction_permit_code, approval_check_id IS NOT NULL AS checked FROM construction_project WHERE code = 'GS-PJ-REM'`,
    );
    expect(project).toEqual({ phase: 'permitted', construction_permit_code: 'GS-CP-2', checked: true });
  });
});

describe('filing an investigation or assessment report', () => {
  const FILE = `mutation($k: String!, $site: String!, $code: String!, $stage: AssessmentStage!, $conclusion: AssessmentConclusion!, $from: LocalDate, $targets: [AssessmentTargetInput!]) {
    fileAssessmentReport(idempotencyKey: $k, site: $site, code: $code, stage: $stage, conclusion: $conclusion, landClass: 1, reportedOn: "2026-05-20",
      sampledFrom: $from, preparedBy: "测试调查单位", summary: "测试结论", targets: $targets) { applied replayed } }`;
  const vars = { site: 'GS-SITE-NEG', code: 'GS-AR-NEW', stage: 'DETAILED_INVESTIGATION', conclusion: 'NOT_POLLUTED', from: '2026-04-01' };

  it('refuses a conclusion its stage cannot reach, an effect evaluation without its sampling date, an unknown target, and another county', async () => {
    const code = async (who: string, v: Record<string, unknown>) =>
      (await t.as(who)(FILE, { k: `bad-${Math.random()}`, ...vars, ...v })).body.errors?.[0]?.extensions;
    expect(await code('environment', { conclusion: 'TARGET_MET' })).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'conclusion' } });
    expect(await code('environment', { stage: 'EFFECT_EVALUATION', conclusion: 'TARGET_MET', from: null })).toMatchObject({
      details: { argument: 'sampledFrom' },
    });
    expect(await code('environment', { stage: 'RISK_ASSESSMENT', conclusion: 'RISK_UNACCEPTABLE', targets: [{ analyte: 'Xx', value: 1 }] })).toMatchObject({
      details: { argument: 'targets.0.analyte' },
    });
    expect(await code('environment', { stage: 'RISK_ASSESSMENT', conclusion: 'RISK_UNACCEPTABLE' })).toMatchObject({ details: { argument: 'targets' } });
    expect(await code('gov-sanhe', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect((await sql(`SELECT count(*)::int AS n FROM site_assessment_report WHERE code = 'GS-AR-NEW'`))[0].n).toBe(0);
  });

  it('files once per idempotency key, and the site and the report list show it', async () => {
    const first = (await t.as('gov-wenan')(FILE, { k: 'gate-file-1-key', ...vars })).body.data!.fileAssessmentReport;
    const again = (await t.as('gov-wenan')(FILE, { k: 'gate-file-1-key', ...vars })).body.data!.fileAssessmentReport;
    expect([first, again]).toEqual([
      { applied: 1, replayed: false },
      { applied: 1, replayed: true },
    ]);
    const { body } = await t.as('land-resources')(`{
      contaminatedSite(code: "GS-SITE-NEG") { assessmentReports { code stage conclusion filedBy { code } } }
      assessmentReports(site: "GS-SITE-NEG") { totalCount nodes { code } } }`);
    expect(body.data!.contaminatedSite.assessmentReports).toEqual([
      { code: 'GS-AR-NEG-1', stage: 'INITIAL_INVESTIGATION', conclusion: 'NOT_POLLUTED', filedBy: { code: 'environment' } },
      { code: 'GS-AR-NEW', stage: 'DETAILED_INVESTIGATION', conclusion: 'NOT_POLLUTED', filedBy: { code: 'gov-wenan' } },
    ]);
    expect(body.data!.assessmentReports).toEqual({ totalCount: 2, nodes: [{ code: 'GS-AR-NEW' }, { code: 'GS-AR-NEG-1' }] });
  });
});

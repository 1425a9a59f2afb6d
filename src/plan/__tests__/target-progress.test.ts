import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * 附表1 targets as numbers and the indicators computed from the hub's data, on fixtures whose expected values are
 * worked out by hand below (codes TP-…, source synthetic).
 */
let t: TestHub;
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

beforeAll(async () => {
  t = await startTestHub();
  const [{ wenan }] = await sql(`SELECT id AS wenan FROM county WHERE name = '文安县'`);
  const [{ sanhe }] = await sql(`SELECT id AS sanhe FROM county WHERE name = '三河市'`);
  const units: { id: number; code: string }[] = await sql(
    `INSERT INTO farmland_unit (code, name, county_id, area_mu, land_type, quality_class, classified_on, source) VALUES
       ('TP-U1', '安全利用有措施', $1, 100, 'dry', 'safe_use', '2018-12-01', 'synthetic'),
       ('TP-U2', '安全利用有措施但2020年农产品超标', $1, 50, 'dry', 'safe_use', '2018-12-01', 'synthetic'),
       ('TP-U3', '严格管控2020年划定禁止生产区', $1, 30, 'dry', 'strict_control', '2018-12-01', 'synthetic'),
       ('TP-U4', '安全利用无措施', $1, 20, 'dry', 'safe_use', '2018-12-01', 'synthetic'),
       ('TP-U5', '优先保护', $1, 500, 'dry', 'priority_protection', '2018-12-01', 'synthetic'),
       ('TP-U6', '三河安全利用有措施', $2, 100, 'dry', 'safe_use', '2018-12-01', 'synthetic') RETURNING id, code`,
    [wenan, sanhe],
  );
  const id = (code: string) => units.find((u) => u.code === code)!.id;
  await sql(
    `INSERT INTO safe_use_measure (farmland_unit_id, measure, started_on, area_mu, source) VALUES
       ($1, '品种替代', '2019-04-01', 80, 'synthetic'), ($2, '品种替代', '2019-04-01', 50, 'synthetic'), ($3, '品种替代', '2019-04-01', 100, 'synthetic')`,
    [id('TP-U1'), id('TP-U2'), id('TP-U6')],
  );
  await sql(
    `INSERT INTO agri_product_sample (code, county_id, farmland_unit_id, crop, sampled_on, cd, over_limit, source)
     VALUES ('TP-C-1', $1, $2, '小麦', '2020-07-01', 0.3, true, 'synthetic')`,
    [wenan, id('TP-U2')],
  );
  await sql(
    `INSERT INTO prohibited_zone (code, name, county_id, farmland_unit_id, prohibited_products, area_mu, designated_on, source)
     VALUES ('TP-Z-1', '测试禁止生产区', $1, $2, '食用农产品', 30, '2020-03-01', 'synthetic')`,
    [wenan, id('TP-U3')],
  );
  // Two parcels on sites once registered: one supplied without a check, one permitted over a passing check.
  const sites: { id: number }[] = await sql(
    `INSERT INTO contaminated_site (code, name, county_id, status, listed_on, removed_on, source) VALUES
       ('TP-S-1', '测试地块1', $1, 'removed', '2019-01-01', '2019-12-01', 'synthetic'), ('TP-S-2', '测试地块2', $1, 'removed', '2019-01-01', '2019-12-01', 'synthetic') RETURNING id`,
    [wenan],
  );
  const parcels: { id: number }[] = await sql(
    `INSERT INTO land_parcel (parcel_code, county_id, area_m2, current_use, status, site_id, source) VALUES
       ('TP-L-1', $1, 1000, '工业用地', 'supplied', $2, 'synthetic'), ('TP-L-2', $1, 1000, '工业用地', 'reserve', $3, 'synthetic') RETURNING id`,
    [wenan, sites[0].id, sites[1].id],
  );
  await sql(`INSERT INTO land_transaction (parcel_id, kind, status, decided_on, source) VALUES ($1, 'supply', 'approved', '2020-05-01', 'synthetic')`, [
    parcels[0].id,
  ]);
  await sql(
    `INSERT INTO planning_permit (code, parcel_id, kind, issued_on, holder, approval_check_id, source) VALUES ('TP-PP-1', $1, 'land_use', '2020-06-01', '测试', 1, 'synthetic')`,
    [parcels[1].id],
  );
});
afterAll(() => t.stop());

const progress = async (year: number, county?: string) => {
  const { body } = await t.as('finance')(
    `query($year: Int, $county: String) { planTargets { seq progress(year: $year, county: $county) {
       county year value status statusByOtherText numerator denominator records formula evidence note } } }`,
    { year, county },
  );
  expect(body.errors).toBeUndefined();
  return Object.fromEntries(body.data!.planTargets.map((p: any) => [p.seq, p.progress]));
};

describe('the plan targets', () => {
  it('carry numbers read from the printed text, and name the plan contradicting itself on the first', async () => {
    const { body } = await t.as('finance')(`{ planTargets { seq targetText comparison targetValue unit tolerance deadline otherText discrepancy } }`);
    const [first, , , fourth, , sixth, , , , tenth] = body.data!.planTargets;
    expect(first).toMatchObject({
      targetText: '92%左右',
      comparison: 'ABOUT',
      targetValue: 92,
      unit: '%',
      tolerance: 1,
      deadline: '2020-12-31',
      otherText: '92%以上（第（四）条）',
    });
    expect(first.discrepancy).toContain('两处不一致');
    expect(fourth).toMatchObject({ comparison: 'AS_ASSIGNED', targetValue: null });
    expect(sixth).toMatchObject({ comparison: 'AT_MOST', targetValue: null, unit: 'kg/年' });
    expect(tenth).toMatchObject({ comparison: 'AT_LEAST', targetValue: 100, deadline: '2019-12-31' });
  });

  it('compute 受污染耕地安全利用率 by county and year from units, measures, crop results and prohibited zones', async () => {
    // 2020, 文安县: U1 100 (measure, no crop exceedance) + U3 30 (zone designated 2020-03) of U1–U4 = 200 mu: 65%.
    const wenan2020 = (await progress(2020, '文安县'))[1];
    expect(wenan2020).toMatchObject({
      county: '文安县',
      year: 2020,
      numerator: 130,
      denominator: 200,
      records: 4,
      value: 65,
      status: 'NOT_MET',
      statusByOtherText: 'NOT_MET',
    });
    // 2019: U2's 2020 exceedance does not count yet, U3's zone is not designated yet: (100 + 50) / 200 = 75%.
    expect((await progress(2019, '文安县'))[1]).toMatchObject({ numerator: 150, denominator: 200, value: 75 });
    // 三河市: U6 alone, safely used: 100% meets both readings.
    expect((await progress(2020, '三河市'))[1]).toMatchObject({ value: 100, status: 'MET', statusByOtherText: 'MET' });
    // The city: (130 + 100) / 300 = 76.67%.
    const city = (await progress(2020))[1];
    expect(city).toMatchObject({ county: null, value: 76.67, status: 'NOT_MET' });
    expect(city.formula).toContain('安全利用类和严格管控类耕地面积');
  });

  it('compute 污染地块安全利用率 from approvals resting on a passing check, and the safe-use area', async () => {
    const p2020 = await progress(2020);
    expect(p2020[2]).toMatchObject({ numerator: 1, denominator: 2, value: 50, status: 'NOT_MET' });
    expect((await progress(2019))[2]).toMatchObject({ value: null, status: 'NO_DATA', denominator: 0 });
    // 80 + 50 + 100 mu of measures on safe-use units: short of 40,000 for the city; a county has no share of the city's area target.
    expect(p2020[3]).toMatchObject({ value: 230, status: 'NOT_MET', records: 3 });
    expect((await progress(2020, '文安县'))[3]).toMatchObject({ value: 130, status: 'NO_TARGET' });
  });

  it('say which indicators the data cannot support and who reports them, and refuse a year outside the plan', async () => {
    const p = await progress(2020);
    expect(p[6]).toMatchObject({
      value: null,
      status: 'NOT_COMPUTED',
      note: '平台没有重点工业行业重金属排放量数据：由市环保局按年度报送（reportIndicatorValue）',
    });
    const { body } = await t.as('finance')(`{ planTargets { progress(year: 2016) { value } } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'year' } });
  });

  it('give evidence queries that run', async () => {
    const p = await progress(2020, '文安县');
    const { body } = await t.as('agriculture')(p[1].evidence);
    expect(body.errors).toBeUndefined();
    expect(body.data!.farmlandUnits.nodes.map((n: any) => n.code).sort()).toEqual(['TP-U1', 'TP-U2', 'TP-U4']);
  });
});

describe("a county's yearly assessment", () => {
  const admin = () => t.as('platform-admin');
  const publicQuery = async (query: string) => {
    const res = await fetch(`${t.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: any[] };
  };

  it('is drafted from the 目标责任书 and the data, scored by the given weights, reviewed, then published for the public', async () => {
    const target = (k: string, seq: number, value: number) =>
      `mutation { setCountyTarget(idempotencyKey: "${k}", county: "文安县", seq: ${seq}, year: 2020, targetValue: ${value}, basis: "文安县目标责任书（测试）") { applied } }`;
    expect((await t.as('finance')(target('tp-target-0000', 1, 60))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [k, seq, value] of [
      ['tp-target-0001', 1, 60],
      ['tp-target-0002', 2, 90],
      ['tp-target-0003', 6, 0],
    ] as const) {
      expect((await admin()(target(k, seq, value))).body.errors).toBeUndefined();
    }
    const draft = `mutation { draftCountyAssessment(idempotencyKey: "tp-draft-0001", county: "文安县", year: 2020, weights: [{ seq: 1, weight: 2 }], passMark: 50) { applied } }`;
    expect((await admin()(draft)).body.errors).toBeUndefined();
    const read = `{ countyAssessments(year: 2020) { status score passMark passed county { name } items { seq target value status weight } } }`;
    // 65% against 60: met (weight 2); 50% against 90: not met; emissions: not computed, counted as not met. 2 / 4 = 50.
    expect((await admin()(read)).body.data!.countyAssessments).toEqual([
      {
        status: 'DRAFT',
        score: 50,
        passMark: 50,
        passed: true,
        county: { name: '文安县' },
        items: [
          { seq: 1, target: 60, value: 65, status: 'met', weight: 2 },
          { seq: 2, target: 90, value: 50, status: 'not_met', weight: 1 },
          { seq: 6, target: 0, value: null, status: 'not_computed', weight: 1 },
        ],
      },
    ]);
    expect((await publicQuery('{ countyAssessments(year: 2020) { score } }')).data!.countyAssessments).toEqual([]);

    const step = (name: string, k: string) => admin()(`mutation { ${name}(idempotencyKey: "${k}", county: "文安县", year: 2020) { applied } }`);
    expect((await step('publishCountyAssessment', 'tp-publish-0001')).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await step('reviewCountyAssessment', 'tp-review-0001')).body.errors).toBeUndefined();
    const redraft = (await admin()(draft.replace('tp-draft-0001', 'tp-draft-0002'))).body.errors?.[0];
    expect(redraft?.message).toContain('已审核，不能重新起草');
    expect((await step('publishCountyAssessment', 'tp-publish-0002')).body.errors).toBeUndefined();
    const seen = await publicQuery('{ countyAssessments(year: 2020) { status score passed county { name } } }');
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.countyAssessments).toEqual([{ status: 'PUBLISHED', score: 50, passed: true, county: { name: '文安县' } }]);
  });
});

describe('indicators the data cannot compute', () => {
  const report = (k: string, seq: number, value: number, county?: string) =>
    `mutation { reportIndicatorValue(idempotencyKey: "${k}", seq: ${seq}, year: 2020, value: ${value}, basis: "测试统计（合成）"${county ? `, county: "${county}"` : ''}) { applied } }`;

  it('take the value its department reports for the city, and a county government for its county', async () => {
    expect((await t.as('finance')(report('tp-report-0001', 7, 41))).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ASSIGNED' });
    expect((await t.as('agriculture')(report('tp-report-0002', 1, 41))).body.errors?.[0]?.extensions).toMatchObject({ details: { argument: 'seq' } });
    expect((await t.as('gov-wenan')(report('tp-report-0003', 7, 35))).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.as('agriculture')(report('tp-report-0004', 7, 41))).body.errors).toBeUndefined();
    expect((await t.as('gov-wenan')(report('tp-report-0005', 7, 35, '文安县'))).body.errors).toBeUndefined();
    const city = (await progress(2020))[7];
    expect(city).toMatchObject({ value: 41, status: 'MET', records: 1, formula: '报送值（平台不计算）' });
    expect(city.note).toMatch(/^市农业局 \d{4}-\d{2}-\d{2} 报送：测试统计（合成）$/);
    expect((await progress(2020, '文安县'))[7]).toMatchObject({ value: 35, status: 'NOT_MET' });
    expect((await progress(2020))[8]).toMatchObject({ value: null, status: 'NOT_COMPUTED' });
  });
});

describe('the statistics beside 附表1', () => {
  it('count priority-protection area and its change, monitoring coverage and enterprises reporting and disclosing', async () => {
    const [{ wenan }] = await sql(`SELECT id AS wenan FROM county WHERE name = '文安县'`);
    const [{ unit }] = await sql(`SELECT id AS unit FROM farmland_unit WHERE code = 'TP-U1'`);
    await sql(
      `INSERT INTO monitoring_point (code, name, point_type, county_id, longitude, latitude, farmland_unit_id, established_on, source)
       VALUES ('TP-P-1', '测试农田点位', 'farmland', $1, 116.5, 38.9, $2, '2019-01-01', 'synthetic')`,
      [wenan, unit],
    );
    const enterprises: { id: number }[] = await sql(
      `INSERT INTO key_enterprise (credit_code, name, industry, county_id, status, source) VALUES
         ('TP-E-1', '测试企业1', '电镀', $1, 'operating', 'synthetic'), ('TP-E-2', '测试企业2', '化工', $1, 'operating', 'synthetic') RETURNING id`,
      [wenan],
    );
    await sql(
      `INSERT INTO self_monitoring_report (enterprise_id, year, reported_on, exceeded, summary, disclosed_on, source) VALUES ($1, 2020, '2021-03-01', false, '测试', '2021-04-01', 'synthetic')`,
      [enterprises[0].id],
    );
    const { body } = await t.as('finance')(`{ soilIndicators(year: 2020, county: "文安县") { code value unit numerator denominator } }`);
    expect(body.errors).toBeUndefined();
    // The baselines were taken when the hub started, before the fixtures: 文安县's priority area grew from 0 to 500.
    expect(Object.fromEntries(body.data!.soilIndicators.map((i: any) => [i.code, [i.value, i.numerator, i.denominator]]))).toEqual({
      priority_area: [500, 500, null],
      priority_area_change: [500, 500, null],
      farmland_point_coverage: [20, 1, 5],
      monitoring_points: [1, 1, null],
      self_monitoring_rate: [50, 1, 2],
      self_monitoring_disclosure_rate: [100, 1, 1],
    });
  });
});

import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/** The data-quality list over the plan's own tables (loaded as printed) and a submission, and the providers' answers. */
let t: TestHub;
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
beforeAll(async () => {
  t = await startTestHub();
  const [{ county }] = await sql(`SELECT id AS county FROM county WHERE name = '文安县'`);
  const [{ point }] = await sql(
    `INSERT INTO monitoring_point (code, name, point_type, county_id, longitude, latitude, source) VALUES ('DQ-P-1', '测试点位', 'farmland', $1, 116.5, 38.9, 'synthetic') RETURNING id AS point`,
    [county],
  );
  const [{ sample }] = await sql(
    `INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source) VALUES ('DQ-S-1', $1, '2020-05-01', 0, 20, 7.5, 'synthetic') RETURNING id AS sample`,
    [point],
  );
  // Lead 30000 mg/kg: twelve times class 2's intervention value, most likely μg/kg entered as mg/kg.
  await sql(
    `INSERT INTO measurement (sample_id, analyte_id, value, unit, below_detection, source) SELECT $1, id, 30000, 'mg/kg', false, 'synthetic' FROM analyte WHERE code = 'Pb'`,
    [sample],
  );
});
afterAll(() => t.stop());

const LIST = `query($open: Boolean) { dataQualityFindings(open: $open) { key check resource records message evidence verdict reviewNote } }`;

describe('data quality', () => {
  it("names 附表5-1's 三河市 maize row, which repeats 香河县 wheat to the digit, and a measurement out of scale", async () => {
    const { body } = await t.as('environment')(LIST);
    const found = body.data!.dataQualityFindings;
    const repeat = found.find((f: any) => f.key.startsWith('figure-repeat:'));
    expect(repeat).toMatchObject({
      check: '两行数字完全相同',
      resource: 'DesignatedCountyFigure',
      records: ['附表5-1 香河县 小麦', '附表5-1 三河市 玉米'],
      verdict: null,
    });
    expect(repeat.message).toBe(
      '附表5-1 香河县 小麦的种植面积和产量（18440 hm²，126627 t/a）与 三河市 玉米的完全相同：两个县、两种作物数字一致到个位，疑为抄录错误',
    );
    expect(found.filter((f: any) => f.key.startsWith('figure-repeat:'))).toHaveLength(1);
    expect(found.filter((f: any) => f.key.startsWith('subtotal:'))).toEqual([]);
    const scale = found.find((f: any) => f.key.startsWith('measurement-magnitude:'));
    expect(scale).toMatchObject({ resource: 'Measurement', records: ['DQ-S-1 Pb'] });
    expect(scale.message).toContain('是 GB 36600-2018 第二类用地管制值（2500 mg/kg）的 12.0 倍');
    const evidence = await t.as('environment')(`{ ${repeat.evidence} }`);
    expect(evidence.body.errors).toBeUndefined();
  });

  it("takes the provider's answer, and only the provider's", async () => {
    const { body } = await t.as('environment')(LIST);
    const key = body.data!.dataQualityFindings.find((f: any) => f.key.startsWith('figure-repeat:')).key;
    const review = `mutation($k: String!, $key: String!) {
      reviewDataQualityFinding(idempotencyKey: $k, key: $key, verdict: CONFIRMED_ERROR, note: "方案印发稿如此，按原样保留；以统计年鉴为准另行报送") { applied replayed } }`;
    expect((await t.as('environment')(review, { k: 'dq-review-0001', key })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.as('agriculture')(review, { k: 'dq-review-0002', key: 'figure-repeat:0:0' })).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { argument: 'key' },
    });
    expect((await t.as('agriculture')(review, { k: 'dq-review-0003', key })).body.data!.reviewDataQualityFinding).toEqual({ applied: 1, replayed: false });
    const after = (await t.as('environment')(LIST)).body.data!.dataQualityFindings.find((f: any) => f.key === key);
    expect(after).toMatchObject({ verdict: 'CONFIRMED_ERROR', reviewNote: '方案印发稿如此，按原样保留；以统计年鉴为准另行报送' });
    const open = (await t.as('environment')(LIST, { open: true })).body.data!.dataQualityFindings;
    expect(open.map((f: any) => f.key)).not.toContain(key);
    expect(open.length).toBeGreaterThan(0);
  });
});

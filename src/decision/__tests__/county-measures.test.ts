import { TestClock } from '../../../test/helpers/test-clock';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/**
 * 第（十三）、（四十）条: a county whose priority-protection area falls stays warned across the new year, and a county
 * under 用地限批 gets no approval through the gate until it is lifted.
 */
let t: TestHub;
const clock = new TestClock(new Date('2026-12-30T04:00:00Z'));
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
/** Any submission rescans the alerts in its transaction. */
let scans = 0;
const rescan = async () =>
  expect(
    (
      await t.as('environment')(
        `mutation { setBackgroundValue(idempotencyKey: "cm-scan-${String(++scans).padStart(4, '0')}", analyte: "As", value: 15, basis: "测试依据（合成）") { applied } }`,
      )
    ).body.errors,
  ).toBeUndefined();

beforeAll(async () => {
  t = await startTestHub({}, { clock: clock.read });
  const [{ county }] = await sql(`SELECT id AS county FROM county WHERE name = '文安县'`);
  await sql(
    `INSERT INTO farmland_unit (code, name, county_id, area_mu, land_type, quality_class, source) VALUES
       ('CM-U1', '测试单元1', $1, 300, 'dry', 'priority_protection', 'synthetic'), ('CM-U2', '测试单元2', $1, 200, 'dry', 'priority_protection', 'synthetic')`,
    [county],
  );
  await sql(
    `INSERT INTO land_parcel (parcel_code, county_id, area_m2, current_use, status, source) VALUES ('CM-L-1', $1, 5000, '商服用地', 'reserve', 'synthetic')`,
    [county],
  );
  // The baseline is the first scan's: take it again now that the units exist.
  await sql(`DELETE FROM priority_area_baseline`);
  await rescan();
});
afterAll(() => t.stop());

const CHECK = `mutation { checkApproval(parcel: "CM-L-1", approvalType: LAND_SUPPLY, plannedUse: "B1") { allowed reasons { code blocking message basis } } }`;
const OPEN = `{ alerts(kind: PRIORITY_AREA_DECREASE) { nodes { subject message } } }`;

describe("a county's warning and its 限批", () => {
  it('keeps the priority-area warning open across the new year, and the gate notes it', async () => {
    const decided = await t.as('agriculture')(
      `mutation { decideFarmlandClass(idempotencyKey: "cm-class-0001", unit: "CM-U2", qualityClass: SAFE_USE, basis: "测试：镉超筛选值") { applied } }`,
    );
    expect(decided.body.errors).toBeUndefined();
    const message = '文安县优先保护类耕地面积由 2026 年初的 500 亩减少到 300 亩（减少 200 亩），按方案第（十三）条实行预警提醒';
    expect((await t.as('environment')(OPEN)).body.data!.alerts.nodes).toEqual([{ subject: '文安县', message }]);

    clock.set('2027-01-05T04:00:00Z');
    await rescan();
    expect((await t.as('environment')(OPEN)).body.data!.alerts.nodes).toEqual([{ subject: '文安县', message }]);
    // The unit moved into safe use: the county's polluted farmland grew too, and its soil quality declined.
    const decline = (await t.as('environment')(`{ alerts(kind: SOIL_QUALITY_DECLINE) { nodes { subject message } } }`)).body.data!.alerts.nodes;
    expect(decline).toEqual([
      {
        subject: '文安县',
        message:
          '文安县受污染耕地（安全利用类和严格管控类）面积由 2026 年初的 0 亩增加到 200 亩（增加 200 亩），土壤环境质量下降，按方案第（十三）条实行预警提醒',
      },
    ]);
    const d = (await t.as('land-resources')(CHECK)).body.data!.checkApproval;
    expect(d.allowed).toBe(true);
    const also = '；依方案第（十三）条可采取用地限批、环评限批等措施';
    expect(d.reasons.filter((r: any) => r.code === 'COUNTY_WARNED').map((r: any) => [r.blocking, r.message])).toEqual([
      [false, `宗地所在县（市、区）正处于预警提醒中：${message}${also}`],
      [false, `宗地所在县（市、区）正处于预警提醒中：${decline[0].message}${also}`],
    ]);
  });

  it('blocks approvals in a county under 用地限批 until it is lifted, and only the administrator records either', async () => {
    const impose = `mutation { imposeCountyRestriction(idempotencyKey: "cm-restrict-0001", county: "文安县", kind: LAND_USE,
      reason: "优先保护类耕地面积减少（廊政字〔2027〕1号）", imposedOn: "2027-01-05") { applied codes } }`;
    expect((await t.as('land-resources')(impose)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await t.as('platform-admin')(impose);
    const id = Number(body.data!.imposeCountyRestriction.codes[0]);
    const blocked = (await t.as('land-resources')(CHECK)).body.data!.checkApproval;
    expect(blocked.allowed).toBe(false);
    expect(blocked.reasons[0]).toEqual({
      code: 'COUNTY_RESTRICTED',
      blocking: true,
      message: '宗地所在县（市、区）自 2027-01-05 起实行用地限批（优先保护类耕地面积减少（廊政字〔2027〕1号）），限批期间不得办理土地供应',
      basis: '《廊坊市土壤污染防治工作方案》第（十三）、（四十）条',
    });
    const inForce = (await t.as('finance')(`{ countyRestrictions(county: "文安县", inForce: true) { kind imposedOn liftedOn county { name } } }`)).body.data!;
    expect(inForce.countyRestrictions).toEqual([{ kind: 'LAND_USE', imposedOn: '2027-01-05', liftedOn: null, county: { name: '文安县' } }]);

    const lift = `mutation($id: Int!) { liftCountyRestriction(idempotencyKey: "cm-lift-0001", id: $id, liftedOn: "2027-01-05") { applied } }`;
    expect((await t.as('platform-admin')(lift, { id })).body.errors).toBeUndefined();
    expect((await t.as('land-resources')(CHECK)).body.data!.checkApproval.allowed).toBe(true);
  });

  it('notes a county whose published assessment failed', async () => {
    await sql(
      `INSERT INTO county_assessment (county_id, year, status, items, score, pass_mark, passed, county_reports, drafted_at, published_at)
       SELECT id, 2026, 'published', '[]', 40, 60, false, 0, now(), now() FROM county WHERE name = '文安县'`,
    );
    const d = (await t.as('land-resources')(CHECK)).body.data!.checkApproval;
    expect(d.reasons.find((r: any) => r.code === 'COUNTY_ASSESSMENT_FAILED')).toMatchObject({
      blocking: false,
      message: '宗地所在县（市、区）2026 年度考核不合格（得分 40，合格线 60）：依方案第（四十）条可采取用地限批、环评限批等措施',
    });
  });
});

import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

/** The plan's appendix tables as loaded, checked against values read in the plan's own text. */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

async function data(query: string): Promise<any> {
  const { body } = await t.gql(query);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('附表1 主要指标表', () => {
  it('has the 11 indicators with their 2020 targets as printed', async () => {
    const { planTargets } = await data('{ planTargets { seq indicator targetText } }');
    expect(planTargets).toHaveLength(11);
    expect(planTargets[0]).toEqual({ seq: 1, indicator: '受污染耕地安全利用率', targetText: '92%左右' });
    expect(planTargets[1]).toEqual({ seq: 2, indicator: '污染地块安全利用率', targetText: '90%以上' });
    expect(planTargets[2].targetText).toBe('4万亩');
    expect(planTargets[4]).toEqual({ seq: 5, indicator: '受污染耕地治理与修复面积', targetText: '1万亩' });
    expect(planTargets[8]).toEqual({ seq: 9, indicator: '农药利用率', targetText: '38%以上' });
    expect(planTargets[5].targetText).toContain('铅506.41kg');
  });
});

describe('附表2 重点工业园区清单', () => {
  it('has the 14 parks with level, place and area as printed', async () => {
    const { industrialParks } = await data('{ industrialParks(first: 50) { totalCount nodes { seq name level locationText areaKm2 county { name } } } }');
    expect(industrialParks.totalCount).toBe(14);
    const bySeq = new Map(industrialParks.nodes.map((p: { seq: number }) => [p.seq, p]));
    expect(bySeq.get(1)).toEqual({ seq: 1, name: '廊坊经济开发区', level: '国家级经开区', locationText: '廊坊市区', areaKm2: 38, county: null });
    expect(bySeq.get(2)).toMatchObject({ name: '北京亦庄·永清高新技术产业开发区', level: '省级高新区', areaKm2: 13.11, county: { name: '永清县' } });
    expect(bySeq.get(4)).toMatchObject({ name: '河北燕郊高新技术产业开发区', level: '国家级高新区', areaKm2: 25.59, county: { name: '三河市' } });
    expect(bySeq.get(6)).toMatchObject({ name: '河北大厂高新技术开发区', areaKm2: 27.96, county: { name: '大厂回族自治县' } });
    expect(bySeq.get(11)).toMatchObject({ name: '河北京南·固安高新技术产业开发区', areaKm2: 72.6, county: { name: '固安县' } });
  });
});

describe('附表3 重点关停、搬迁企业清单', () => {
  it('has the 8 sites, on the register as suspected sites, with their areas as printed', async () => {
    const { contaminatedSites } = await data(
      '{ contaminatedSites(first: 50) { totalCount nodes { code name status areaM2 planReference source county { name } } } }',
    );
    expect(contaminatedSites.totalCount).toBe(8);
    const byName = new Map(contaminatedSites.nodes.map((s: { name: string }) => [s.name, s]));
    expect(byName.get('河北前进钢铁集团有限公司')).toEqual({
      code: 'LF-SITE-A3-05',
      name: '河北前进钢铁集团有限公司',
      status: 'SUSPECTED',
      areaM2: 2501320,
      planReference: '附表3 #5',
      source: 'PLAN',
      county: { name: '霸州市' },
    });
    expect(byName.get('廊坊市洸远金属制品有限公司')).toMatchObject({ areaM2: 1695360, county: { name: '安次区' } });
    expect(byName.get('青岛啤酒（廊坊）有限公司')).toMatchObject({ areaM2: 70666.67, county: { name: '安次区' } });
    expect(byName.get('廊坊龙泉助剂有限公司')).toMatchObject({ areaM2: 30000, county: { name: '永清县' } });
    expect(contaminatedSites.nodes.every((s: { source: string }) => s.source === 'PLAN')).toBe(true);
  });
});

describe('附表4 危险废物处理处置企业清单', () => {
  it('has the 7 facilities with type and method as printed', async () => {
    const { hazardousWasteFacilities } = await data(
      '{ hazardousWasteFacilities { totalCount nodes { seq name facilityType disposalMethod county { name } } } }',
    );
    expect(hazardousWasteFacilities.totalCount).toBe(7);
    const [first, second, third, fourth, , sixth] = hazardousWasteFacilities.nodes;
    expect(first).toEqual({
      seq: 1,
      name: '廊坊市格得林环保技术有限公司',
      facilityType: '危险废物集中处置厂',
      disposalMethod: '综合利用',
      county: { name: '安次区' },
    });
    expect(second).toMatchObject({ facilityType: '（单独）医疗废物集中处置厂', disposalMethod: '焚烧' });
    expect(third).toMatchObject({ name: '廊坊市林明桶业有限公司', county: { name: '广阳区' } });
    expect(fourth).toMatchObject({ name: '廊坊莱索思环境技术有限公司', disposalMethod: '焚烧', county: { name: '永清县' } });
    expect(sixth).toMatchObject({ name: '廊坊开发区富思特工业废弃物收储有限公司', county: { name: '廊坊开发区' } });
  });
});

describe('附表5 产粮大县、蔬菜产业重点县、生猪调出大县', () => {
  it('has 6 grain, 7 vegetable and 2 pig counties with their figures as printed', async () => {
    const { designatedCounties } = await data(
      '{ designatedCounties { designation seq county { name } figures { item isSubtotal plantingAreaHm2 outputTonnesPerYear marketedHead } } }',
    );
    const of = (d: string) => designatedCounties.filter((c: { designation: string }) => c.designation === d);
    expect(of('GRAIN')).toHaveLength(6);
    expect(of('VEGETABLE')).toHaveLength(7);
    expect(of('PIG')).toHaveLength(2);
    const wenan = of('GRAIN').find((c: { county: { name: string } }) => c.county.name === '文安县');
    expect(wenan.figures).toEqual([
      { item: '小麦', isSubtotal: false, plantingAreaHm2: 10342, outputTonnesPerYear: 54402, marketedHead: null },
      { item: '玉米', isSubtotal: false, plantingAreaHm2: 43629, outputTonnesPerYear: 225443, marketedHead: null },
      { item: '小计', isSubtotal: true, plantingAreaHm2: 53971, outputTonnesPerYear: 279845, marketedHead: null },
    ]);
    const guan = of('GRAIN').find((c: { county: { name: string } }) => c.county.name === '固安县');
    expect(guan.figures[1]).toMatchObject({ item: '玉米', plantingAreaHm2: 21354, outputTonnesPerYear: 119788 });
    expect(of('VEGETABLE')[0]).toMatchObject({
      seq: 1,
      county: { name: '固安县' },
      figures: [{ item: '蔬菜', plantingAreaHm2: 28525, outputTonnesPerYear: 1663004 }],
    });
    expect(of('VEGETABLE')[1]).toMatchObject({ county: { name: '香河县' }, figures: [{ plantingAreaHm2: 12068, outputTonnesPerYear: 744123 }] });
    expect(of('PIG').map((c: { county: { name: string }; figures: { marketedHead: number }[] }) => [c.county.name, c.figures[0].marketedHead])).toEqual([
      ['永清县', 5530],
      ['三河市', 4285],
    ]);
  });
});

describe('附表6 工作任务分工表', () => {
  it('has its 188 printed rows in 38 tasks, the merged cells carried down', async () => {
    const all = await data('{ planTasks(first: 500) { totalCount nodes { taskNo section } } }');
    expect(all.planTasks.totalCount).toBe(188);
    expect(new Set(all.planTasks.nodes.map((n: { taskNo: number }) => n.taskNo)).size).toBe(38);
    const { first, second } = await data(`{
      first: planTask(rowNo: 1) { taskNo section leadText deadlineText deadline ongoing departments(role: LEAD) { code } }
      second: planTask(rowNo: 2) { taskNo section work requirement deadlineText deadline ongoing departments(role: LEAD) { code } }
    }`);
    expect(first).toEqual({
      taskNo: 1,
      section: '（五）',
      leadText: '市环保局',
      deadlineText: '2018年底',
      deadline: '2018-12-31',
      ongoing: false,
      departments: [{ code: 'environment' }],
    });
    expect(second).toMatchObject({
      taskNo: 1,
      section: '（五）',
      requirement: '建立农用地土壤环境质量状况定期调查制度，每10年开展一次。',
      deadlineText: '持续实施',
      deadline: null,
      ongoing: true,
      departments: [{ code: 'environment' }],
    });
    expect(second.work).toMatch(/^（五）开展农用地土壤环境质量详细调查/);
  });

  it('links tasks to departments both ways', async () => {
    const { department, info } = await data(`{
      department(code: "environment") { tasks(role: LEAD) { totalCount } }
      info: planTasks(section: "（八）") { totalCount nodes { departments(role: LEAD) { name } } }
    }`);
    expect(department.tasks.totalCount).toBeGreaterThan(60);
    expect(info.totalCount).toBe(5);
    expect(info.nodes[0].departments).toEqual([{ name: '市环保局' }, { name: '市国土资源局' }, { name: '市城乡规划局' }]);
  });
});

import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

describe('counties', () => {
  it('lists the 11 county-level divisions, the development zone last and without a code', async () => {
    const { body } = await t.gql('{ counties { totalCount nodes { code name kind } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.counties.totalCount).toBe(11);
    const nodes = body.data!.counties.nodes;
    expect(nodes.map((n: { name: string }) => n.name)).toEqual([
      '安次区',
      '广阳区',
      '固安县',
      '永清县',
      '香河县',
      '大城县',
      '文安县',
      '大厂回族自治县',
      '霸州市',
      '三河市',
      '廊坊开发区',
    ]);
    expect(nodes[6]).toEqual({ code: '131026', name: '文安县', kind: 'COUNTY' });
    expect(nodes[10]).toEqual({ code: null, name: '廊坊开发区', kind: 'DEVELOPMENT_ZONE' });
  });

  it('walks every page with cursors, each row once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { body }: { body: { data?: any } } = await t.gql(
        'query($after: String) { counties(first: 4, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }',
        { after },
      );
      const c: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } = body.data!.counties;
      seen.push(...c.nodes.map((n: { name: string }) => n.name));
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('filters by kind and counts the filtered set', async () => {
    const { body } = await t.gql('{ counties(kind: COUNTY_LEVEL_CITY) { totalCount nodes { name } } }');
    expect(body.data!.counties).toEqual({ totalCount: 2, nodes: [{ name: '霸州市' }, { name: '三河市' }] });
  });

  it('finds a county by code or name, and navigates to its government and back', async () => {
    const { body } = await t.gql(`{
      byCode: county(code: "131082") { name government { code name kind county { code } } }
      byName: county(name: "廊坊开发区") { code government { code name } }
      missing: county(code: "999999") { name }
    }`);
    expect(body.data).toEqual({
      byCode: { name: '三河市', government: { code: 'gov-sanhe', name: '三河市人民政府', kind: 'COUNTY_GOVERNMENT', county: { code: '131082' } } },
      byName: { code: null, government: { code: 'gov-ldz', name: '廊坊开发区管委会' } },
      missing: null,
    });
  });
});

describe('departments', () => {
  it("holds the plan's departments, the county governments, the province and the public", async () => {
    const { body } = await t.gql(`{
      all: departments { totalCount }
      municipal: departments(kind: MUNICIPAL_DEPARTMENT, first: 3) { totalCount nodes { code name nameEn } }
      counties: departments(kind: COUNTY_GOVERNMENT) { totalCount }
      province: departments(kind: PROVINCIAL_PLATFORM) { nodes { code name } }
      public: departments(kind: PUBLIC) { nodes { code name } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      all: { totalCount: 34 + 11 + 2 + 1 },
      municipal: {
        totalCount: 34,
        nodes: [
          { code: 'environment', name: '市环保局', nameEn: 'Municipal Environmental Protection Bureau' },
          { code: 'agriculture', name: '市农业局', nameEn: 'Municipal Agriculture Bureau' },
          { code: 'land-resources', name: '市国土资源局', nameEn: 'Municipal Land and Resources Bureau' },
        ],
      },
      counties: { totalCount: 11 },
      province: { nodes: [{ code: 'hebei-soil-platform', name: '河北省土壤环境信息化管理平台' }] },
      public: { nodes: [{ code: 'public', name: '社会公众' }] },
    });
  });

  it('finds a department by code and by name; municipal departments have no county', async () => {
    const { body } = await t.gql(`{
      a: department(code: "urban-rural-planning") { name county { name } }
      b: department(name: "人行廊坊市中心支行") { code }
    }`);
    expect(body.data).toEqual({ a: { name: '市城乡规划局', county: null }, b: { code: 'pboc-langfang' } });
  });
});

describe('bad input', () => {
  it.each([
    ['two lookup keys', '{ county(code: "131002", name: "安次区") { name } }'],
    ['no lookup key', '{ department { name } }'],
    ['a non-numeric id', '{ county(id: "abc") { name } }'],
    ['a forged cursor', '{ counties(after: "not-a-cursor") { totalCount } }'],
    ['a negative page size', '{ counties(first: -1) { totalCount } }'],
    ['a page size over the maximum', '{ departments(first: 501) { totalCount } }'],
  ])('%s gets BAD_USER_INPUT', async (_case, query) => {
    const { body } = await t.gql(query);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an unknown enum value gets GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await t.gql('{ counties(kind: PROVINCE) { totalCount } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

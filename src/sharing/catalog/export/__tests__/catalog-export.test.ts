import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { startTestHub, type TestHub } from '../../../../../test/helpers/test-hub';

/**
 * The catalog for other catalogs: DCAT-AP 3 in JSON-LD and the national catalog's elements as CSV, the 共享目录 for
 * a department's key and the 开放目录 for anyone, each saying no more than that caller's API.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const LF = 'urn:soilhub:vocab:';

async function get(path: string, department?: string) {
  const headers: Record<string, string> = department ? { authorization: `Bearer ${await t.keyOf(department)}` } : {};
  return fetch(`${t.url}${path}`, { headers });
}

/** Expanded in safe mode: jsonld throws on any term, value or type it would have to drop. */
async function expanded(department?: string): Promise<jsonld.NodeObject[]> {
  const res = await get('/catalog.jsonld', department);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/ld+json');
  return (await jsonld.expand((await res.json()) as jsonld.JsonLdDocument, { safe: true } as jsonld.Options.Expand)) as jsonld.NodeObject[];
}

const values = (node: any, property: string): unknown[] => (node[property] ?? []).map((v: any) => v['@value'] ?? v['@id']);
const datasetsOf = (doc: jsonld.NodeObject[]) => (doc[0][`${DCAT}dataset`] as any[]) ?? [];

describe('GET /catalog.jsonld', () => {
  it('gives anyone the open catalog: every resource of the disclosure index, nothing of the sharing rules', async () => {
    const doc = await expanded();
    expect(doc).toHaveLength(1);
    expect(doc[0]['@type']).toEqual([`${DCAT}Catalog`]);
    expect(values(doc[0], `${DCT}title`)).toEqual(['廊坊市土壤环境信息开放目录']);
    const index = await fetch(`${t.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ disclosureIndex { code items { fieldName } } }' }),
    }).then((r) => r.json() as Promise<{ data: { disclosureIndex: { code: string; items: { fieldName: string }[] }[] } }>);
    const datasets = datasetsOf(doc);
    expect(datasets.map((d) => values(d, `${DCT}identifier`)[0])).toEqual(index.data.disclosureIndex.map((e) => e.code));

    const register = datasets.find((d) => values(d, `${DCT}identifier`)[0] === 'LF.02.0004');
    expect(values(register, `${DCT}title`)).toEqual(['疑似污染地块和污染地块名录']);
    expect(values(register, `${DCT}accessRights`)).toEqual(['http://publications.europa.eu/resource/authority/access-right/PUBLIC']);
    const downloads = register[`${DCAT}distribution`].flatMap((d: any) => values(d, `${DCAT}downloadURL`));
    expect(downloads).toEqual([`${t.url}/disclosure/sites.csv`, `${t.url}/disclosure/sites.geojson`]);
    const items = register[`${LF}item`] as any[];
    expect(items.map((i) => values(i, `${DCT}identifier`)[0])).toEqual(
      index.data.disclosureIndex.find((e) => e.code === 'LF.02.0004')!.items.map((i) => i.fieldName),
    );
    const holder = items.find((i) => values(i, `${DCT}identifier`)[0] === 'landUseHolder');
    expect(values(holder, `${LF}disclosureTier`)).toEqual(['脱敏公开']);
    expect(holder[`${LF}sharingType`]).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain(`${LF}sharingCondition`);
  });

  it('gives a department the sharing catalog: every resource, each item with its sharing type and condition', async () => {
    const doc = await expanded('finance');
    expect(values(doc[0], `${DCT}title`)).toEqual(['廊坊市土壤环境信息资源共享目录']);
    const { body } = await t.as('finance')('{ catalog { code items { fieldName sharingType sharingCondition } } }');
    const catalog = (body.data as any).catalog as { code: string; items: { fieldName: string; sharingType: string; sharingCondition: string | null }[] }[];
    const datasets = datasetsOf(doc);
    expect(datasets.map((d) => values(d, `${DCT}identifier`)[0]).sort()).toEqual(catalog.map((e) => e.code).sort());
    const projects = datasets.find((d) => values(d, `${DCT}identifier`)[0] === 'LF.02.0009');
    const investment = projects[`${LF}item`].find((i: any) => values(i, `${DCT}identifier`)[0] === 'investmentWanYuan');
    const declared = catalog.find((e) => e.code === 'LF.02.0009')!.items.find((i) => i.fieldName === 'investmentWanYuan')!;
    expect(declared.sharingType).toBe('CONDITIONAL');
    expect(values(investment, `${LF}sharingType`)).toEqual(['有条件共享']);
    expect(values(investment, `${LF}sharingCondition`)).toEqual([declared.sharingCondition]);
    expect(values(investment, `${LF}dataType`)).toEqual(['数值型']);
    // As RDF: what a harvester reads.
    const nquads = (await jsonld.toRDF((await (await get('/catalog.jsonld', 'finance')).json()) as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string;
    expect(nquads).toContain(`<${t.url}/catalog.jsonld#LF.02.0009> <${DCT}title> "治理与修复工程"@zh-cn .`);
  });

  it('refuses a bad key as /graphql does', async () => {
    const res = await fetch(`${t.url}/catalog.jsonld`, { headers: { authorization: 'Bearer sh_nonsense' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('GET /catalog.csv', () => {
  const csv = async (department?: string) => {
    const res = await get('/catalog.csv', department);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return { res, rows: parse(bytes.subarray(3).toString('utf8')) as string[][] };
  };

  it('lists one row per item with the national catalog’s elements, sharing attributes for departments only', async () => {
    const shared = await csv('finance');
    expect(shared.res.headers.get('content-disposition')).toContain(encodeURIComponent('资源共享目录.csv'));
    const [header, ...rows] = shared.rows;
    expect(header).toEqual([
      '信息资源分类',
      '信息资源名称',
      '信息资源代码',
      '信息资源提供方',
      '信息资源提供方代码',
      '信息资源摘要',
      '信息资源格式',
      '信息项名称',
      '信息项代码',
      '数据类型',
      '共享类型',
      '共享条件',
      '共享方式',
      '是否向社会开放',
      '开放条件',
      '公开方式',
      '更新周期',
      '发布日期',
      '关联资源代码',
      '数据最近更新',
    ]);
    const { body } = await t.as('finance')('{ catalog { items { fieldName } } }');
    expect(rows).toHaveLength((body.data as any).catalog.reduce((n: number, e: { items: unknown[] }) => n + e.items.length, 0));
    const investment = rows.find((r) => r[2] === 'LF.02.0009' && r[8] === 'investmentWanYuan')!;
    expect([investment[9], investment[10], investment[13]]).toEqual(['数值型', '有条件共享', '否']);

    const open = await csv();
    expect(open.rows[0]).not.toContain('共享类型');
    expect(open.rows[0]).not.toContain('信息资源提供方代码');
    const column = open.rows[0].indexOf('是否向社会开放');
    expect(new Set(open.rows.slice(1).map((r) => r[column]))).toEqual(new Set(['是']));
    expect(open.rows.some((r) => r[2] === 'LF.02.0009' && r[8] === 'investmentWanYuan')).toBe(false);
  });
});

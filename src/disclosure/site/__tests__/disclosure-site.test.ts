import { parse } from 'csv-parse/sync';
import { TEST_TODAY } from '../../../../test/helpers/test-clock';
import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/**
 * 信息公开网页 and their downloads: what a citizen reads and downloads is what /public/graphql answers, under the
 * same tiers (masked holder, generalised coordinates, no suspected sites), and a bad filter is a coded refusal.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ PUBLIC_RATE_LIMIT: '10000' });
  const square = (lon: number, lat: number, d = 0.002) => ({
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
  const env = t.as('environment');
  const save = `mutation($k: String!, $site: ContaminatedSiteInput!) { saveContaminatedSite(idempotencyKey: $k, site: $site) { applied } }`;
  for (const [k, code, name] of [
    ['ds-site-0001', 'DS-SITE-1', '测试化工厂旧址'],
    ['ds-site-0002', 'DS-SITE-2', '测试疑似地块'],
  ]) {
    const { body } = await env(save, {
      k,
      site: {
        code,
        name,
        county: '文安县',
        formerIndustry: '化工',
        landUseHolder: '廊坊市测试化工有限公司',
        disallowedUses: ['R', 'A33'],
        controlArea: square(116.46, 38.87),
      },
    });
    expect(body.errors).toBeUndefined();
  }
  for (const [k, status, risk] of [
    ['ds-status-0001', 'INVESTIGATED', ''],
    ['ds-status-0002', 'REGISTERED', ', riskLevel: HIGH'],
  ]) {
    const { body } = await env(`mutation { changeSiteStatus(idempotencyKey: "${k}", site: "DS-SITE-1", status: ${status}${risk}) { applied } }`);
    expect(body.errors).toBeUndefined();
  }
  const point = await env(`mutation($p: MonitoringPointInput!) { saveMonitoringPoint(idempotencyKey: "ds-point-0001", point: $p) { applied } }`, {
    p: { code: 'DS-P-1', name: '测试点位', pointType: 'SITE_INVESTIGATION', county: '文安县', longitude: 116.4612, latitude: 38.8734, site: 'DS-SITE-1' },
  });
  expect(point.body.errors).toBeUndefined();
});
afterAll(() => t.stop());

const get = (path: string) => fetch(`${t.url}${path}`);
const publicApi = async (query: string) => {
  const res = await fetch(`${t.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return ((await res.json()) as { data: any }).data;
};
const csvOf = async (path: string) => {
  const res = await get(path);
  expect(res.status).toBe(200);
  // The bytes: decoding as text would drop the byte-order mark.
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { res, rows: parse(bytes.subarray(3).toString('utf8')) as string[][] };
};

describe('污染地块名录', () => {
  it('shows the register, not the suspected sites, with the holder masked as the API masks it', async () => {
    const res = await get('/disclosure/sites');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('<title>污染地块名录 · 廊坊市土壤环境信息公开</title>');
    expect(page).toContain('DS-SITE-1');
    expect(page).not.toContain('DS-SITE-2');
    expect(page).toContain('廊*********司');
    expect(page).not.toContain('廊坊市测试化工有限公司');
    expect(page).toContain('R 居住用地、A33 中小学用地');
    // Listed today: among the last year's additions.
    expect(page).toMatch(new RegExp(`新列入（\\d+）</h3><ul>(<li>[^<]*</li>)*<li>${TEST_TODAY} 文安县 测试化工厂旧址（DS-SITE-1）</li>`));
  });

  it('downloads as CSV the rows and values the public API gives', async () => {
    const { res, rows } = await csvOf('/disclosure/sites.csv?county=131026');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`污染地块名录-${TEST_TODAY}.csv`));
    const [header, ...body] = rows;
    expect(header).toEqual([
      '地块名称',
      '地块编码',
      '县（市、区）',
      '状态',
      '风险等级',
      '治理修复前不得用于',
      '列入日期',
      '移出日期',
      '原行业',
      '面积（平方米）',
      '土地使用权人（脱敏）',
      '数据来源',
    ]);
    const api = await publicApi('{ contaminatedSites(county: "131026", first: 100) { nodes { code landUseHolder } } }');
    expect(body.map((r) => r[1])).toEqual(api.contaminatedSites.nodes.map((n: { code: string }) => n.code));
    expect(body.find((r) => r[1] === 'DS-SITE-1')).toEqual([
      '测试化工厂旧址',
      'DS-SITE-1',
      '文安县',
      '列入污染地块名录',
      '高',
      'R 居住用地、A33 中小学用地',
      TEST_TODAY,
      '',
      '化工',
      '',
      '廊*********司',
      '部门报送',
    ]);
    expect((await csvOf('/disclosure/sites.csv?county=霸州市')).rows.some((r) => r[1] === 'DS-SITE-1')).toBe(false);
  });

  it('downloads as GeoJSON with each site’s control area', async () => {
    const res = await get('/disclosure/sites.geojson?county=131026');
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    const collection = (await res.json()) as { type: string; features: { geometry: any; properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');
    const feature = collection.features.find((f) => f.properties.code === 'DS-SITE-1')!;
    expect(feature.geometry.type).toBe('Polygon');
    expect(feature.geometry.coordinates[0][2]).toEqual([116.46 + 0.002, 38.87 + 0.002]);
    expect(feature.properties).toMatchObject({ status: '列入污染地块名录', landUseHolder: '廊*********司', riskLevel: '高' });
  });

  it('drops a column the provider closes to the public, and brings it back when reopened', async () => {
    const update = (open: string) =>
      t.as('environment')(`mutation { updateCatalogItem(resource: "LF.02.0004", field: "landUseHolder", ${open}, note: "网页测试") { version } }`);
    expect((await update('openToPublic: false')).body.errors).toBeUndefined();
    try {
      const page = await (await get('/disclosure/sites')).text();
      expect(page).toContain('DS-SITE-1');
      expect(page).not.toContain('土地使用权人');
      expect(page).not.toContain('廊*********司');
      const { rows } = await csvOf('/disclosure/sites.csv');
      expect(rows[0]).not.toContain('土地使用权人（脱敏）');
      expect(rows[0]).toHaveLength(11);
    } finally {
      expect((await update('openToPublic: true, disclosureTier: MASKED')).body.errors).toBeUndefined();
    }
    expect((await csvOf('/disclosure/sites.csv')).rows[0]).toContain('土地使用权人（脱敏）');
  });
});

describe('监测点位与分布图', () => {
  it('gives coordinates generalised to 0.01°, as the catalog says, where a department with a purpose gets them exact', async () => {
    const { rows } = await csvOf('/disclosure/monitoring-points.csv?county=文安县&pointType=SITE_INVESTIGATION');
    const row = rows.find((r) => r[0] === 'DS-P-1')!;
    expect(row.slice(0, 4)).toEqual(['DS-P-1', '测试点位', '文安县', '地块调查点位']);
    expect(row.slice(6, 8)).toEqual(['116.46', '38.87']);
    const geo = (await (await get('/disclosure/monitoring-points.geojson?county=文安县')).json()) as { features: any[] };
    expect(geo.features.find((f) => f.properties.code === 'DS-P-1').geometry).toEqual({ type: 'Point', coordinates: [116.46, 38.87] });
  });

  it('draws the ten county outlines, the control area and the point, without anything from another origin', async () => {
    const page = await (await get('/disclosure/map?county=131026')).text();
    expect(page.match(/<path class="county"/g)).toHaveLength(10);
    expect(page.match(/<path class="area"/g)).toHaveLength(1);
    expect(page).toContain('<title>列入污染地块名录：测试化工厂旧址（DS-SITE-1）</title>');
    expect(page).toContain('<title>地块调查点位 DS-P-1（文安县）</title>');
    expect(page).not.toMatch(/(src|href)="https?:/);
  });
});

describe('other sections', () => {
  it('serves every section with its own title, in Chinese', async () => {
    for (const [path, title] of [
      ['/disclosure/', '土壤环境信息公开'],
      ['/disclosure/soil-quality', '土壤环境质量'],
      ['/disclosure/enterprises', '土壤环境重点监管企业'],
      ['/disclosure/remediation', '治理修复与效果评估'],
      ['/disclosure/targets', '工作目标与年度考核'],
    ]) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 200]);
      const page = await res.text();
      expect(page).toContain(`<title>${title} · 廊坊市土壤环境信息公开</title>`);
      // No API names or English glosses on a public page.
      expect(page).not.toMatch(/reportIndicatorValue|GraphQL|submitted by|synthetic/);
    }
    const targets = await (await get(`/disclosure/targets?year=${TEST_TODAY.slice(0, 4)}`)).text();
    expect(targets.match(/<tr><th scope="row">\d+<\/th>/g)).toHaveLength(11);
    const { rows } = await csvOf('/disclosure/soil-quality.csv?analyte=Pb');
    expect(rows[0]).toEqual(['县（市、区）', '年度', '监测项目', '样品数', '超筛选值样品数', '超筛选值比例', '判定依据']);
  });
});

describe('bad requests', () => {
  it('answers a bad filter with a page saying what is wrong, and a download with the API’s code', async () => {
    const page = await get('/disclosure/sites?status=SUSPECTED');
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('状态无效：“SUSPECTED”');
    const file = await get('/disclosure/sites.csv?status=SUSPECTED');
    expect(file.status).toBe(400);
    expect(await file.json()).toEqual({
      errors: [{ message: '状态无效：“SUSPECTED”', extensions: { code: 'BAD_USER_INPUT', details: { argument: 'status' } } }],
    });
    const county = await get('/disclosure/enterprises.csv?county=XX');
    expect(county.status).toBe(400);
    expect(((await county.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const path of ['/disclosure/targets?year=20x6', '/disclosure/sites?status=REGISTERED&status=REMOVED', '/disclosure/sites?to=2026-02-30']) {
      expect([path, (await get(path)).status]).toEqual([path, 400]);
    }
    const missing = await get('/disclosure/nothing');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('没有这个页面');
  });
});

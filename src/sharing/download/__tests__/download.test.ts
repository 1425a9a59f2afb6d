import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/**
 * 共享方式 · 文件下载: a department downloads what it may read through the API, no more (no conditional column
 * without a grant, its own county for a county government), as CSV, GeoJSON or XLSX, each page audited as a query.
 */
let t: TestHub;
const PURPOSE = '土壤污染防治专项资金绩效评价';
beforeAll(async () => {
  // The demo data holds remediation projects with their investment (a conditional item).
  t = await startTestHub({ DEMO_DATA: 'true' });
  const env = t.as('environment');
  const point = `mutation($k: String!, $p: MonitoringPointInput!) { saveMonitoringPoint(idempotencyKey: $k, point: $p) { applied } }`;
  for (const [k, code, county, lon, lat] of [
    ['dl-point-0001', 'DL-P-WA', '文安县', 116.46, 38.87],
    ['dl-point-0002', 'DL-P-BZ', '霸州市', 116.39, 39.12],
  ] as const) {
    const { body } = await env(point, { k, p: { code, name: code, pointType: 'SITE_INVESTIGATION', county, longitude: lon, latitude: lat } });
    expect(body.errors).toBeUndefined();
  }
});
afterAll(() => t.stop());

async function download(path: string, department?: string, headers: Record<string, string> = {}) {
  const auth: Record<string, string> = department ? { authorization: `Bearer ${await t.keyOf(department)}` } : {};
  return fetch(`${t.url}${path}`, { headers: { ...auth, ...headers } });
}

async function csv(path: string, department: string, headers: Record<string, string> = {}) {
  const res = await download(path, department, headers);
  expect([path, res.status]).toEqual([path, 200]);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { res, rows: parse(bytes.subarray(3).toString('utf8')) as string[][] };
}

describe('rights', () => {
  it('gives the provider the conditional column, and a department without a grant a file without it', async () => {
    const provider = await csv('/download/LF.02.0009.csv', 'environment');
    expect(provider.rows[0]).toContain('投资');
    const finance = await csv('/download/LF.02.0009.csv', 'finance');
    expect(finance.rows[0]).not.toContain('投资');
    expect(finance.rows[0]).toEqual(provider.rows[0].filter((h) => h !== '投资'));
    expect(finance.rows.length).toBe(provider.rows.length);
    expect(finance.rows.length).toBeGreaterThan(1);
  });

  it('gives the column after the provider grants it, for the grant’s purpose, and audits each page with the grant used', async () => {
    const requested = await t.as('finance')(
      `mutation { requestAccess(resource: "LF.02.0009", items: ["investmentWanYuan"], purpose: "${PURPOSE}", legalBasis: "方案第（二十九）条",
        periodFrom: "2026-06-01", periodTo: "2027-06-30") { id } }`,
    );
    expect(requested.body.errors).toBeUndefined();
    const approved = await t.as('environment')(`mutation { approveAccessRequest(id: "${(requested.body.data as any).requestAccess.id}") { grant { id } } }`);
    expect(approved.body.errors).toBeUndefined();
    const grant = Number((approved.body.data as any).approveAccessRequest.grant.id);

    // Without the purpose the grant is not used.
    expect((await csv('/download/LF.02.0009.csv', 'finance')).rows[0]).not.toContain('投资');
    const { res, rows } = await csv('/download/LF.02.0009.csv', 'finance', { 'x-purpose': encodeURIComponent(PURPOSE) });
    const column = rows[0].indexOf('投资');
    expect(column).toBeGreaterThan(0);
    const provider = (await csv('/download/LF.02.0009.csv', 'environment')).rows;
    expect(rows.slice(1).map((r) => r[column])).toEqual(provider.slice(1).map((r) => r[provider[0].indexOf('投资')]));

    const records: { released: unknown; grants_used: number[]; purpose: string }[] = await t.hub.database.dataSource.query(
      'SELECT released, grants_used, purpose FROM audit_record WHERE request_id = $1',
      [res.headers.get('x-request-id')],
    );
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.grants_used.includes(grant) && r.purpose === PURPOSE)).toBe(true);
    expect(JSON.stringify(records[0].released)).toContain('investmentWanYuan');
  });

  it('gives a county government the rows of its county only, and none of the coordinates it has no grant for', async () => {
    const all = await csv('/download/LF.02.0001.csv', 'environment');
    const county = all.rows[0].indexOf('所在县级行政区');
    expect(new Set(all.rows.slice(1).map((r) => r[county])).size).toBe(11);
    const wenan = await csv('/download/LF.02.0001.csv', 'gov-wenan');
    const column = wenan.rows[0].indexOf('所在县级行政区');
    expect(new Set(wenan.rows.slice(1).map((r) => r[column]))).toEqual(new Set(['131026 文安县']));
    expect(wenan.rows.length - 1).toBe(all.rows.filter((r) => r[county] === '131026 文安县').length);
    const codes = wenan.rows.map((r) => r[1]);
    expect(codes).toContain('DL-P-WA');
    expect(codes).not.toContain('DL-P-BZ');
    expect(all.rows[0]).toContain('经度');
    expect(wenan.rows[0]).not.toContain('经度');
    const geo = await download('/download/LF.02.0001.geojson', 'gov-wenan');
    expect(geo.status).toBe(400);
    expect(((await geo.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('record counts', () => {
  it('count what each caller sees: the whole table for a department, its county for a county government', async () => {
    const ds = t.hub.database.dataSource;
    const [{ all }] = await ds.query('SELECT count(*)::int AS "all" FROM monitoring_point');
    const [{ wenan }] = await ds.query(`SELECT count(*)::int AS wenan FROM monitoring_point p JOIN county c ON c.id = p.county_id WHERE c.name = '文安县'`);
    const count = async (who: string) => ((await t.as(who)('{ catalogEntry(code: "LF.02.0001") { recordCount } }')).body.data as any).catalogEntry.recordCount;
    expect(await count('environment')).toBe(all);
    expect(await count('gov-wenan')).toBe(wenan);
    expect(wenan).toBeLessThan(all);
    // A computed resource has no records of its own.
    expect(((await t.as('finance')('{ catalogEntry(code: "LF.02.0012") { recordCount } }')).body.data as any).catalogEntry).toEqual({ recordCount: null });
  });
});

describe('formats', () => {
  it('writes GeoJSON with exact coordinates for the provider, and XLSX with numbers as numbers', async () => {
    const geo = await download('/download/LF.02.0001.geojson?county=文安县', 'environment');
    expect(geo.headers.get('content-type')).toContain('application/geo+json');
    const collection = (await geo.json()) as { features: { geometry: unknown; properties: Record<string, unknown> }[] };
    expect(collection.features.find((f) => f.properties.code === 'DL-P-WA')!.geometry).toEqual({ type: 'Point', coordinates: [116.46, 38.87] });
    expect(collection.features.some((f) => f.properties.code === 'DL-P-BZ')).toBe(false);

    const res = await download('/download/LF.02.0001.xlsx', 'environment');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('经度');
    const longitude = header.indexOf('经度') + 1;
    const codes = sheet.getColumn(header.indexOf('点位编码') + 1).values.slice(2);
    const row = sheet.getRow(codes.indexOf('DL-P-WA') + 2);
    expect(row.getCell(longitude).value).toBe(116.46);
  });
});

describe('bad requests', () => {
  it('answers each with its code and status, before any byte of a file', async () => {
    const cases: [string, string | undefined, number, string][] = [
      ['/download/LF.02.0004.csv', undefined, 401, 'UNAUTHENTICATED'],
      ['/download/LF.99.0001.csv', 'finance', 404, 'NOT_FOUND'],
      ['/download/LF.02.0004.pdf', 'finance', 400, 'BAD_USER_INPUT'],
      ['/download/LF.02.0003.csv', 'finance', 404, 'NOT_FOUND'],
      ['/download/LF.02.0009.geojson', 'finance', 400, 'BAD_USER_INPUT'],
      ['/download/LF.02.0004.csv?county=XX', 'finance', 400, 'BAD_USER_INPUT'],
    ];
    for (const [path, department, status, code] of cases) {
      const res = await download(path, department);
      const body = (await res.json()) as any;
      expect([path, res.status, body.errors[0].extensions.code]).toEqual([path, status, code]);
    }
  });
});

import { startTestHub, type TestHub } from './helpers/test-hub';

/** One graph across departments, on the demo scale of synthetic data (loaded as `npm start` does). */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true', MAX_QUERY_COST: '1000000000000' });
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

async function statements(query: string): Promise<{ count: number; body: any }> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.keyOf('agriculture')}` },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown; data?: unknown };
  expect(body.errors).toBeUndefined();
  return { count: Number(res.headers.get('x-sql-statements')), body };
}

describe('county → farmland units → class', () => {
  it('agrees with the top-level list and with the database', async () => {
    const { body } = await t.as('agriculture')(`{
      county(name: "文安县") {
        strict: farmlandUnits(qualityClass: [STRICT_CONTROL], first: 500) { totalCount nodes { code qualityClass county { name } } }
        all: farmlandUnits(first: 1) { totalCount }
      }
      flat: farmlandUnits(county: "131026", qualityClass: [STRICT_CONTROL]) { totalCount }
    }`);
    const [{ n, strict }] = await sql(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE quality_class = 'strict_control')::int AS strict
         FROM farmland_unit f JOIN county c ON c.id = f.county_id WHERE c.name = '文安县'`,
    );
    const county = body.data!.county;
    expect(n).toBeGreaterThan(0);
    expect(county.all.totalCount).toBe(n);
    expect(county.strict.totalCount).toBe(strict);
    expect(body.data!.flat.totalCount).toBe(strict);
    for (const u of county.strict.nodes) expect(u).toMatchObject({ qualityClass: 'STRICT_CONTROL', county: { name: '文安县' } });
  });

  it('a strict-control unit has a sample over a GB 15618 intervention value (pH > 7.5)', async () => {
    const { body } = await t.as('agriculture')(`{
      farmlandUnits(qualityClass: [STRICT_CONTROL], first: 1) {
        nodes { monitoringPoints { nodes { samples { nodes { ph measurements { nodes { value analyte { code } } } } } } } }
      }
    }`);
    const intervention: Record<string, number> = { Cd: 4.0, Hg: 6.0, As: 100, Pb: 1000, Cr: 1300 };
    const samples = body.data!.farmlandUnits.nodes[0].monitoringPoints.nodes[0].samples.nodes;
    expect(samples.length).toBeGreaterThan(0);
    const ratios = samples.flatMap((s: any) => s.measurements.nodes.map((m: any) => m.value / (intervention[m.analyte.code] ?? Infinity)));
    expect(Math.max(...ratios)).toBeGreaterThan(1);
  });
});

describe('county → sites → samples', () => {
  it("reaches each site's samples through its investigation points, consistent with the database", async () => {
    const { body } = await t.gql(`{
      counties {
        nodes {
          name
          contaminatedSites(first: 50) {
            nodes { code county { name } monitoringPoints { nodes { site { code } samples { totalCount nodes { point { site { code } } } } } } }
          }
        }
      }
    }`);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM soil_sample s JOIN monitoring_point p ON p.id = s.point_id WHERE p.site_id IS NOT NULL`);
    let total = 0;
    for (const county of body.data!.counties.nodes) {
      for (const site of county.contaminatedSites.nodes) {
        expect(site.county.name).toBe(county.name);
        for (const point of site.monitoringPoints.nodes) {
          expect(point.site.code).toBe(site.code);
          total += point.samples.totalCount;
          for (const s of point.samples.nodes) expect(s.point.site.code).toBe(site.code);
        }
      }
    }
    expect(total).toBe(n);
  });

  it("links a site to its parcel and the parcel's planned use with its GB 36600 land class", async () => {
    const { body } = await t.gql(`{ landParcels(onSite: true, first: 50) { nodes { parcelCode site { code } plannedUses { category landClass } } } }`);
    const parcels = body.data!.landParcels.nodes;
    expect(parcels.length).toBeGreaterThan(0);
    for (const p of parcels) {
      expect(p.site.code).toBeTruthy();
      for (const u of p.plannedUses) expect(u.landClass).toBe(/^(R|A33|A5|A6|G1)/.test(u.category) ? 1 : 2);
    }
  });
});

describe('statements per request', () => {
  const nested = (n: number) => `{
    counties(first: 11) {
      nodes {
        farmlandUnits(first: ${n}) {
          totalCount
          nodes { code county { name } monitoringPoints(first: ${n}) { nodes { samples(first: ${n}) { nodes { measurements(first: ${n}) { nodes { value analyte { code } } } } } } } }
        }
      }
    }
  }`;

  it('do not grow with the page size: equal at first 10 and first 100', async () => {
    const small = await statements(nested(10));
    const large = await statements(nested(100));
    const units = (r: any) => r.body.data.counties.nodes.reduce((s: number, c: any) => s + c.farmlandUnits.nodes.length, 0);
    expect(units(large)).toBeGreaterThan(units(small));
    expect(large.count).toBe(small.count);
    // counties, its count, one per relation level and one per looked-up type.
    expect(small.count).toBeLessThanOrEqual(10);
  });
});

describe('GeoJSON and bad filters', () => {
  it("gives a point's location as GeoJSON inside Langfang", async () => {
    const { body } = await t.gql('{ monitoringPoints(first: 1) { nodes { longitude latitude geometry { type coordinates } source } } }');
    const p = body.data!.monitoringPoints.nodes[0];
    expect(p.geometry).toEqual({ type: 'Point', coordinates: [p.longitude, p.latitude] });
    expect(p.source).toBe('SYNTHETIC');
    expect(p.longitude).toBeGreaterThanOrEqual(116.0);
    expect(p.latitude).toBeLessThanOrEqual(40.3);
  });

  it.each([
    ['an unknown county', '{ farmlandUnits(county: "北京市") { totalCount } }', 'BAD_USER_INPUT'],
    ['an unknown analyte', '{ measurements(analyte: "Xx") { totalCount } }', 'BAD_USER_INPUT'],
    ['a threshold without its analyte', '{ soilSamples(valueAbove: 1) { totalCount } }', 'BAD_USER_INPUT'],
    ['an impossible date', '{ soilSamples(sampledFrom: "2020-13-45") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown status', '{ contaminatedSites(status: [BURNING]) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown department', '{ planTasks(department: "nasa") { totalCount } }', 'BAD_USER_INPUT'],
  ])('%s gets %s', async (_case, query, code) => {
    const { body } = await t.gql(query);
    expect(body.errors?.[0].extensions?.code).toBe(code);
  });

  it('a bad date in a variable gets BAD_USER_INPUT', async () => {
    const { body } = await t.gql('query($d: LocalDate) { soilSamples(sampledFrom: $d) { totalCount } }', { d: '2020-02-30' });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters samples by an analyte over a value, consistent with the database', async () => {
    const { body } = await t.gql(
      '{ soilSamples(analyte: "Cd", valueAbove: 0.6) { totalCount } measurements(analyte: "Cd", valueAbove: 0.6, first: 3) { totalCount nodes { value } } }',
    );
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM measurement m JOIN analyte a ON a.id = m.analyte_id WHERE a.code = 'Cd' AND m.value > 0.6`);
    expect(body.data!.soilSamples.totalCount).toBe(n);
    expect(body.data!.measurements.totalCount).toBe(n);
    const values = body.data!.measurements.nodes.map((m: { value: number }) => m.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

describe('reports, projects and approvals', () => {
  it('reach enterprise self-monitoring, site remediation, farmland records, parcel approvals and task progress', async () => {
    const { body } = await t.as('agriculture')(`{
      keyEnterprises(first: 1) { nodes { name selfMonitoringReports { year exceeded disclosedOn } } }
      remediationProjects(first: 50) { totalCount nodes { site { status } progressReports { period progressPercent } evaluations { passed } } }
      safe: farmlandUnits(qualityClass: [SAFE_USE], first: 1) { nodes { safeUseMeasures { measure } productSamples { crop cd overLimit } } }
      strict: farmlandUnits(qualityClass: [STRICT_CONTROL], first: 1) { nodes { prohibitedZones { prohibitedProducts } } }
      landParcels(first: 100) { nodes { transactions { kind } permits { kind project { landClass parcel { parcelCode } } } constructionProjects { phase } } }
      planTask(rowNo: 1) { progressReports { period status department { code } task { rowNo } } }
    }`);
    expect(body.errors).toBeUndefined();
    const d = body.data!;
    expect(d.keyEnterprises.nodes[0].selfMonitoringReports.length).toBeGreaterThanOrEqual(2);
    expect(d.remediationProjects.totalCount).toBeGreaterThan(0);
    for (const p of d.remediationProjects.nodes) {
      expect(['UNDER_CONTROL', 'UNDER_REMEDIATION', 'REMOVED']).toContain(p.site.status);
      expect(p.progressReports.length).toBeGreaterThan(0);
    }
    expect(d.safe.nodes[0].safeUseMeasures).toHaveLength(1);
    expect(d.strict.nodes[0].prohibitedZones).toHaveLength(1);
    const permits = d.landParcels.nodes.flatMap((p: any) => p.permits);
    expect(permits.length).toBeGreaterThan(0);
    expect(d.landParcels.nodes.flatMap((p: any) => p.transactions).length).toBeGreaterThan(0);
    expect(d.planTask.progressReports.map((r: any) => [r.period, r.department.code, r.task.rowNo])).toEqual([
      ['2018', 'environment', 1],
      ['2019', 'environment', 1],
    ]);
  });
});

import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildHubSchema } from '../../src/registry/hub-schema';
import { LOCATORS, RESOURCES as DECLARED_RESOURCES } from '../../src/registry/modules';
import { addDays, TEST_TODAY } from '../helpers/test-clock';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/**
 * For every department × resource × data item, the outcome the catalog and the grants call for, asserted
 * through one real GraphQL request per department that asks for every item of one row of every resource.
 */
let t: TestHub;
let schema: GraphQLSchema;
let placeholders: Record<string, string>;
const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

interface Expected {
  allowed: boolean;
  reason?: string;
}

beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true', MAX_QUERY_COST: '1000000000000', MAX_ALIASES: '1000' });
  schema = await buildHubSchema();
  const one = async (q: string) => ((await sql(q))[0] ?? {}).v as string;
  placeholders = {
    '%UNIT_WITH_WATER%': await one(`SELECT f.code AS v FROM farmland_unit f JOIN county c ON c.id = f.county_id
      WHERE EXISTS (SELECT 1 FROM irrigation_water_sample w WHERE w.farmland_unit_id = f.id) ORDER BY (c.name = '文安县') DESC, f.id LIMIT 1`),
    '%SAFE_UNIT%': await one(`SELECT f.code AS v FROM farmland_unit f JOIN county c ON c.id = f.county_id
      WHERE EXISTS (SELECT 1 FROM safe_use_measure m WHERE m.farmland_unit_id = f.id) ORDER BY (c.name = '文安县') DESC, f.id LIMIT 1`),
    '%PARCEL_WITH_PERMIT%': await one(`SELECT p.parcel_code AS v FROM land_parcel p JOIN county c ON c.id = p.county_id
      WHERE EXISTS (SELECT 1 FROM planning_permit x WHERE x.parcel_id = p.id) ORDER BY (c.name = '文安县') DESC, p.id LIMIT 1`),
    '%PARCEL_WITH_SITE_SAMPLES%': await one(`SELECT p.parcel_code AS v FROM land_parcel p JOIN county c ON c.id = p.county_id
      WHERE EXISTS (SELECT 1 FROM monitoring_point m JOIN soil_sample s ON s.point_id = m.id WHERE m.site_id = p.site_id)
      ORDER BY (c.name = '文安县') DESC, p.id LIMIT 1`),
  };
  // One call of the approval gate, so that its record can be read.
  await t.as('land-resources')(`mutation { checkApproval(parcel: "${placeholders['%PARCEL_WITH_SITE_SAMPLES%']}", approvalType: LAND_SUPPLY) { id } }`);
  // Grants as the workflow would leave them, dated by the hub's clock: active for a year, county-limited, expired yesterday.
  const grant = (consumer: string, type: string, items: string[], validTo: string, counties: string | null) =>
    sql(
      `WITH r AS (INSERT INTO access_request (consumer_id, resource_id, items, purpose, legal_basis, period_from, period_to, status, submitted_at, due_on)
         SELECT d.id, c.id, $3, '测试', '测试', $6::date - 60, $6::date + 365, 'approved', $7::timestamptz - interval '60 days', $6::date - 50
           FROM department d, catalog_resource c WHERE d.code = $1 AND c.type_name = $2 RETURNING *)
       INSERT INTO access_grant (request_id, consumer_id, resource_id, items, purpose, valid_from, valid_to, county_scope)
       SELECT r.id, r.consumer_id, r.resource_id, r.items, r.purpose, $7::timestamptz - interval '50 days', $4::timestamptz,
              (SELECT array_agg(id) FROM county WHERE name = $5) FROM r`,
      [consumer, type, items, validTo, counties, TEST_TODAY, t.now()],
    );
  const active = `${addDays(TEST_TODAY, 365)}T00:00:00+08:00`;
  const expired = `${TEST_TODAY}T00:00:00+08:00`;
  await grant('finance', 'RemediationProject', ['investmentWanYuan'], active, null);
  await grant('finance', 'KeyEnterprise', ['liabilityInsurance'], active, null);
  await grant('hebei-soil-platform', 'FarmlandUnit', ['qualityClass', 'classifiedOn', 'classBasis'], active, null);
  await grant('gov-wenan', 'ContaminatedSite', ['landUseHolder'], active, '文安县');
  await grant('land-resources', 'FarmlandUnit', ['qualityClass'], expired, null);
  await grant('land-resources', 'LandTransaction', ['counterparty'], active, null);
});
afterAll(() => t.stop());

function selection(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(typeName);
  return Object.values(type.getFields())
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      return named.name.endsWith('Connection') ? `${f.name} { totalCount }` : `${f.name} { __typename }`;
    })
    .join(' ');
}

async function expectations(department: string): Promise<(type: string, field: string) => Expected> {
  const [me] = await sql(`SELECT id FROM department WHERE code = $1`, [department]);
  const resources: { id: number; type_name: string; provider_id: number }[] = await sql('SELECT id, type_name, provider_id FROM catalog_resource');
  const items: { resource_id: number; field_name: string; sharing_type: string }[] = await sql(
    'SELECT resource_id, field_name, sharing_type FROM catalog_item',
  );
  const grants: { resource_id: number; items: string[]; active: boolean }[] = await sql(
    `SELECT resource_id, items, (revoked_at IS NULL AND valid_from <= $2 AND $2 < valid_to) AS active FROM access_grant WHERE consumer_id = $1`,
    [me.id, t.now()],
  );
  return (type, field) => {
    const r = resources.find((x) => x.type_name === type)!;
    const item = items.find((i) => i.resource_id === r.id && i.field_name === field)!;
    if (r.provider_id === me.id || item.sharing_type === 'unconditional') return { allowed: true };
    if (item.sharing_type === 'not_shared') return { allowed: false, reason: 'NOT_SHARED' };
    const covering = grants.filter((g) => g.resource_id === r.id && g.items.includes(field));
    if (covering.some((g) => g.active)) return { allowed: true };
    return { allowed: false, reason: covering.length ? 'GRANT_EXPIRED' : 'NO_GRANT' };
  };
}

const DEPARTMENTS: string[] = [];

describe('the permission matrix', () => {
  beforeAll(async () => {
    DEPARTMENTS.push(...(await sql(`SELECT code FROM department WHERE kind <> 'public' ORDER BY id`)).map((d: { code: string }) => d.code));
  });

  it('covers every declared resource with a locator', () => {
    expect(DECLARED_RESOURCES.map((r) => r.typeName).filter((n) => !LOCATORS[n])).toEqual([]);
  });

  it('gives every department exactly what the catalog and its grants allow, item by item', async () => {
    const cells = { allowed: 0, denied: 0, emptyForScope: 0 };
    const wrong: string[] = [];
    for (const department of DEPARTMENTS) {
      const expected = await expectations(department);
      const aliases = DECLARED_RESOURCES.map((r, i) => {
        let q = LOCATORS[r.typeName].query.replace('%s', selection(r.typeName));
        for (const [k, v] of Object.entries(placeholders)) q = q.replace(k, v);
        return `r${i}: ${q}`;
      });
      const { body } = await t.as(department)(`{ ${aliases.join('\n')} }`, undefined, { 'x-purpose': encodeURIComponent('测试') });
      const errors = body.errors ?? [];
      const unexpected = errors.filter((e) => e.extensions?.code !== 'FORBIDDEN');
      expect(unexpected).toEqual([]);
      DECLARED_RESOURCES.forEach((r, i) => {
        let row: any = (body.data as any)?.[`r${i}`];
        for (const step of LOCATORS[r.typeName].path) row = row?.[step];
        if (row === undefined || row === null) {
          // Only a county government may find no row: the resource has none in its county.
          if (!department.startsWith('gov-')) wrong.push(`${department} ${r.typeName}: no row`);
          cells.emptyForScope++;
          return;
        }
        for (const field of Object.keys(r.items)) {
          const want = expected(r.typeName, field);
          const path = [`r${i}`, ...LOCATORS[r.typeName].path, field];
          const error = errors.find((e) => JSON.stringify(e.path) === JSON.stringify(path));
          const got: Expected = error ? { allowed: false, reason: error.extensions?.reason } : { allowed: true };
          if (want.allowed !== got.allowed || (!want.allowed && want.reason !== got.reason)) {
            wrong.push(`${department} ${r.typeName}.${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
          }
          if (got.allowed) cells.allowed++;
          else cells.denied++;
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(cells.denied).toBeGreaterThan(100);
    expect(cells.allowed).toBeGreaterThan(5000);
  });
});

describe('a county government', () => {
  it("sees only its own county's rows, in lists, totals, lookups and relations", async () => {
    const gov = t.as('gov-wenan');
    const [{ wenan }] = await sql(`SELECT id AS wenan FROM county WHERE name = '文安县'`);
    const { body } = await gov(`{
      farmlandUnits(first: 500) { totalCount nodes { county { name } } }
      monitoringPoints(first: 500) { totalCount nodes { county { name } samples(first: 1) { nodes { measurements(first: 1) { totalCount } } } } }
      soilSamples { totalCount }
      counties { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    const [{ units, points, samples }] = await sql(
      `SELECT (SELECT count(*)::int FROM farmland_unit WHERE county_id = $1) AS units,
              (SELECT count(*)::int FROM monitoring_point WHERE county_id = $1) AS points,
              (SELECT count(*)::int FROM soil_sample s JOIN monitoring_point p ON p.id = s.point_id WHERE p.county_id = $1) AS samples`,
      [wenan],
    );
    const d = body.data as any;
    expect(d.farmlandUnits.totalCount).toBe(units);
    expect(d.monitoringPoints.totalCount).toBe(points);
    expect(d.soilSamples.totalCount).toBe(samples);
    expect(d.counties.totalCount).toBe(11);
    expect(new Set(d.farmlandUnits.nodes.map((n: any) => n.county.name))).toEqual(new Set(['文安县']));
    expect(new Set(d.monitoringPoints.nodes.map((n: any) => n.county.name))).toEqual(new Set(['文安县']));
    const [{ elsewhere }] = await sql(`SELECT code AS elsewhere FROM farmland_unit WHERE county_id <> $1 LIMIT 1`, [wenan]);
    const lookup = await gov(`{ farmlandUnit(code: "${elsewhere}") { code } county(name: "三河市") { farmlandUnits { totalCount } } }`);
    expect(lookup.body.data).toEqual({ farmlandUnit: null, county: { farmlandUnits: { totalCount: 0 } } });
  });
});

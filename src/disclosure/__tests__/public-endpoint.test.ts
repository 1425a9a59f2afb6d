import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, type IntrospectionQuery } from 'graphql';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import { createPolicy } from '../../registry/hub-policy';
import { buildHubSchema } from '../../registry/hub-schema';
import { PUBLIC_SDL_FILE, printSdl } from '../../graphql/print-sdl';
import { declaredSnapshot } from '../../sharing/catalog/declared-snapshot';
import { SHARING_TYPES } from '../../sharing/sharing-types';
import { buildPublicSchema } from '../public-schema';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true', PUBLIC_RATE_LIMIT: '1000' });
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

async function pub(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${t.url}/public/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}

async function servedSchema() {
  const { body } = await pub(getIntrospectionQuery());
  return buildClientSchema(body.data as IntrospectionQuery);
}

describe('the public schema', () => {
  it('is committed in schema/public.graphql as the declared catalog makes it (run `npm run schema:print`)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', PUBLIC_SDL_FILE), 'utf8');
    expect(committed).toBe(printSdl(buildPublicSchema(await buildHubSchema(), declaredSnapshot(createPolicy().resources), createPolicy())));
  });

  it('holds only items the catalog opens, and no closed item of any resource is reachable', async () => {
    const schema = await servedSchema();
    const items: { type_name: string; field_name: string; open_to_public: boolean; disclosure_tier: string | null }[] = await sql(
      `SELECT r.type_name, i.field_name, i.open_to_public, i.disclosure_tier FROM catalog_item i JOIN catalog_resource r ON r.id = i.resource_id`,
    );
    const catalogued = new Set(items.map((i) => i.type_name));
    const open = new Set(items.filter((i) => i.open_to_public && i.disclosure_tier !== 'aggregate_only').map((i) => `${i.type_name}.${i.field_name}`));
    const exposed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      if (catalogued.has(type.name)) for (const f of Object.keys(type.getFields())) exposed.push(`${type.name}.${f}`);
      else
        expect([type.name, SHARING_TYPES.has(type.name) || /^(Query|PageInfo|GeoJsonPoint|.*Connection|.*Edge)$/.test(type.name)]).toEqual([type.name, true]);
    }
    expect(exposed.filter((f) => !open.has(f))).toEqual([]);
    expect(exposed).toContain('ContaminatedSite.landUseHolder');
    expect(exposed).not.toContain('FarmlandUnit.qualityClass');
    expect(exposed).not.toContain('LandTransaction.counterparty');
    expect(schema.getMutationType()).toBeFalsy();
    // Every Query field returns a type whose every field is open: nothing closed hides behind a relation.
    for (const field of Object.values(schema.getQueryType()!.getFields())) expect(getNamedType(field.type)).toBeTruthy();
  });

  it('answers an unknown or closed field without suggesting names', async () => {
    const { status, body } = await pub('{ contaminatedSites { nodes { landUseHolde } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0].message).not.toMatch(/Did you mean/i);
  });
});

describe('disclosure tiers, with values', () => {
  it('full and masked: the register shows sites on it only, holders masked', async () => {
    const { body } = await pub('{ contaminatedSites(first: 100) { totalCount nodes { code status landUseHolder } } }');
    expect(body.errors).toBeUndefined();
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM contaminated_site WHERE status NOT IN ('suspected', 'investigated')`);
    expect(body.data.contaminatedSites.totalCount).toBe(n);
    const statuses = new Set(body.data.contaminatedSites.nodes.map((s: any) => s.status));
    expect(statuses.has('SUSPECTED') || statuses.has('INVESTIGATED')).toBe(false);
    const site = body.data.contaminatedSites.nodes.find((s: any) => s.landUseHolder);
    const [{ holder }] = await sql(`SELECT land_use_holder AS holder FROM contaminated_site WHERE code = $1`, [site.code]);
    expect(site.landUseHolder).toBe(`${[...holder][0]}${'*'.repeat([...holder].length - 2)}${[...holder].at(-1)}`);
    expect(site.landUseHolder).not.toBe(holder);
  });

  it('generalised: a coordinate comes back rounded to 0.01°', async () => {
    const { body } = await pub('{ monitoringPoints(first: 3) { nodes { code longitude latitude geometry { coordinates } } } }');
    expect(body.errors).toBeUndefined();
    for (const p of body.data.monitoringPoints.nodes) {
      const [row] = await sql(`SELECT longitude::float AS lon, latitude::float AS lat FROM monitoring_point WHERE code = $1`, [p.code]);
      expect(p.longitude).toBe(Math.round(row.lon * 100) / 100);
      expect(p.latitude).toBe(Math.round(row.lat * 100) / 100);
      expect(p.geometry.coordinates).toEqual([p.longitude, p.latitude]);
    }
  });

  it('aggregate only: a county with fewer samples than the minimum group gives counts but no rate', async () => {
    // Two samples of 2015 in 大城县: too few to publish a rate.
    await sql(`INSERT INTO soil_sample (code, point_id, sampled_on, depth_top_cm, depth_bottom_cm, ph, source)
      SELECT 'TEST-2015-' || p.id, p.id, '2015-10-01', 0, 20, 8.0, 'synthetic' FROM monitoring_point p JOIN county c ON c.id = p.county_id
       WHERE c.name = '大城县' AND p.point_type = 'farmland' ORDER BY p.id LIMIT 2`);
    await sql(`INSERT INTO measurement (sample_id, analyte_id, value, unit, source)
      SELECT s.id, (SELECT id FROM analyte WHERE code = 'Cd'), 0.9, 'mg/kg', 'synthetic' FROM soil_sample s WHERE s.code LIKE 'TEST-2015-%'`);
    const q = '{ soilQualitySummary(analyte: "Cd", year: 2015) { county { name } samples exceedances exceedanceRate } }';
    const { body } = await pub(q);
    expect(body.data.soilQualitySummary).toEqual([{ county: { name: '大城县' }, samples: 2, exceedances: null, exceedanceRate: null }]);
    const dept = await t.as('environment')(q);
    expect(dept.body.data?.soilQualitySummary).toEqual([{ county: { name: '大城县' }, samples: 2, exceedances: 2, exceedanceRate: 1 }]);
    const big = await pub('{ soilQualitySummary(analyte: "Cd", year: 2020) { samples exceedanceRate } }');
    expect(big.body.data.soilQualitySummary.every((r: any) => r.samples >= 5 && typeof r.exceedanceRate === 'number')).toBe(true);
  });
});

describe('the public schema follows the catalog', () => {
  it('closing an item removes it from the public schema at once, without a restart', async () => {
    expect((await pub('{ contaminatedSites(first: 1) { nodes { riskLevel } } }')).body.errors).toBeUndefined();
    const closed = await t.as('environment')(
      'mutation { updateCatalogItem(resource: "LF.02.0004", field: "riskLevel", openToPublic: false, note: "风险等级复核期间暂停公开") { version } }',
    );
    expect(closed.body.errors).toBeUndefined();
    const after = await pub('{ contaminatedSites(first: 1) { nodes { riskLevel } } }');
    expect(after.status).toBe(400);
    expect(after.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const schema = await servedSchema();
    expect(Object.keys((schema.getType('ContaminatedSite') as any).getFields())).not.toContain('riskLevel');
    expect(Object.keys((schema.getQueryType() as any).getFields().contaminatedSites.args.map((a: any) => a.name))).not.toContain('riskLevel');
    await t.as('environment')(
      'mutation { updateCatalogItem(resource: "LF.02.0004", field: "riskLevel", openToPublic: true, disclosureTier: FULL, note: "恢复公开") { version } }',
    );
    expect((await pub('{ contaminatedSites(first: 1) { nodes { riskLevel } } }')).body.errors).toBeUndefined();
  });
});

describe('the public endpoint', () => {
  it('answers a plain GET, and needs no key', async () => {
    const res = await fetch(`${t.url}/public/graphql?query=${encodeURIComponent('{ planTargets { seq targetText } }')}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.planTargets).toHaveLength(11);
  });

  it('limits each client address, with a coded error', async () => {
    const limited = await startTestHub({ PUBLIC_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push(
          (
            await fetch(`${limited.url}/public/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ planTargets { seq } }"}',
            })
          ).status,
        );
      }
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      const res = await fetch(`${limited.url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ planTargets { seq } }"}',
      });
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});

describe('caching', () => {
  const url = () => `${t.url}/public/graphql?query=${encodeURIComponent('{ contaminatedSites(first: 3) { nodes { code name } } }')}`;

  it('serves a repeated query from the response cache, with Cache-Control and ETag for HTTP caches', async () => {
    const first = await fetch(url());
    const second = await fetch(url());
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    expect(Number(second.headers.get('x-sql-statements'))).toBe(1);
    expect(Number(first.headers.get('x-sql-statements'))).toBeGreaterThan(1);
    expect(await second.json()).toEqual(await first.json());
    const etag = second.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // A raw request: fetch() would add Cache-Control: no-cache to a conditional request, as its spec says.
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(url(), { headers: { 'if-none-match': etag } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
        .on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('misses as soon as the data changes', async () => {
    const before = (await (await fetch(url())).json()) as any;
    const code = before.data.contaminatedSites.nodes[0].code;
    await sql(`UPDATE contaminated_site SET name = name || '（已更名）' WHERE code = $1`, [code]);
    const after = await fetch(url());
    expect(Number(after.headers.get('x-sql-statements'))).toBeGreaterThan(1);
    expect(((await after.json()) as any).data.contaminatedSites.nodes[0].name).toMatch(/（已更名）$/);
  });
});

describe('the register and the disclosure index', () => {
  it('lists what was added to and removed from the register between two dates', async () => {
    const { body } = await pub(
      '{ siteRegisterChanges(from: "2018-01-01", to: "2020-12-31") { added { code status listedOn } removed { code status removedOn } } }',
    );
    expect(body.errors).toBeUndefined();
    const [{ added, removed }] = await sql(
      `SELECT count(*) FILTER (WHERE listed_on BETWEEN '2018-01-01' AND '2020-12-31' AND status NOT IN ('suspected', 'investigated'))::int AS added,
              count(*) FILTER (WHERE removed_on BETWEEN '2018-01-01' AND '2020-12-31')::int AS removed FROM contaminated_site`,
    );
    expect(body.data.siteRegisterChanges.added).toHaveLength(added);
    expect(body.data.siteRegisterChanges.removed).toHaveLength(removed);
    expect(added).toBeGreaterThan(0);
    for (const s of body.data.siteRegisterChanges.removed) expect(s.status).toBe('REMOVED');
    const bad = await pub('{ siteRegisterChanges(from: "2020-01-01", to: "2019-01-01") { added { code } } }');
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('says what is published, by whom, how often and when it last changed', async () => {
    const { body } = await pub('{ disclosureIndex { code name provider updateCycle lastUpdate items { fieldName tier } } }');
    expect(body.errors).toBeUndefined();
    const site = body.data.disclosureIndex.find((e: any) => e.code === 'LF.02.0004');
    expect(site).toMatchObject({ name: '疑似污染地块和污染地块名录', provider: '市环保局', updateCycle: '动态更新' });
    expect(site.items).toContainEqual({ fieldName: 'landUseHolder', tier: 'MASKED' });
    expect(new Date(site.lastUpdate).getTime()).toBeGreaterThan(0);
    expect(body.data.disclosureIndex.find((e: any) => e.code === 'LF.04.0002')).toBeUndefined();
  });
});

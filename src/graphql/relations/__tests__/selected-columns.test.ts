import type { Pool } from 'pg';
import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/**
 * A page fetches only the columns its selection reads when the operation runs without field guards; the answer is
 * the one every column gives. A guarded operation, or a field the hub cannot trace to columns, reads every column.
 */
let t: TestHub;
const texts: string[] = [];
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
  watch(t, texts);
});
afterAll(() => t.stop());

/** Records the text of every statement the hub's pool is sent; the statements still run. */
function watch(hub: TestHub, into: string[]): void {
  const pool = (hub.hub.database.dataSource.driver as unknown as { master: Pool }).master;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    into.push(typeof first === 'string' ? first : (first.text ?? ''));
    return query(...args);
  };
}

const PAGE = `{ monitoringPoints(first: 3) { nodes { code county { name } samples(first: 2) { edges { node { ...s } } } } } }
  fragment s on SoilSample { sampledOn ph measurements(first: 4) { nodes { value analyte { code } } } }`;

async function run(department: string, query: string, tables = /FROM "(monitoring_point|soil_sample|measurement)"/): Promise<{ body: any; sql: string[] }> {
  texts.length = 0;
  const { body } = await t.as(department)(query);
  return { body, sql: texts.filter((s) => tables.test(s)) };
}

const selectOf = (sql: string[], table: string) => {
  const text = sql.find((s) => s.includes(`FROM "${table}"`));
  return text && /SELECT (.*?)(, row_number\(\)| FROM)/.exec(text.replace(/^SELECT \* FROM \(/, ''))![1];
};

describe('selected columns', () => {
  it('reads only what the selection needs, through edges and fragments, with the answer every column gives', async () => {
    const narrow = await run('environment', PAGE);
    expect(narrow.body.errors).toBeUndefined();
    expect(selectOf(narrow.sql, 'monitoring_point')).toBe('e."code", e."county_id", e."id"');
    expect(selectOf(narrow.sql, 'soil_sample')).toBe('e."id", e."ph", e."point_id", e."sampled_on"');
    expect(selectOf(narrow.sql, 'measurement')).toBe('e."analyte_id", e."id", e."sample_id", e."value"');

    // `geometry` is computed on the node: the hub cannot tell its columns, so the points read every column.
    const full = await run('environment', PAGE.replace('nodes { code', 'nodes { geometry { type } code'));
    expect(selectOf(full.sql, 'monitoring_point')).toBe('e.*');
    const points = full.body.data.monitoringPoints.nodes.map(({ geometry, ...rest }: { geometry: { type: string } }) => {
      expect(geometry.type).toBe('Point');
      return rest;
    });
    expect(points).toEqual(narrow.body.data.monitoringPoints.nodes);
    const measurements = points.flatMap((p: any) => p.samples.edges.flatMap((e: any) => e.node.measurements.nodes));
    expect(measurements.length).toBeGreaterThan(0);
    expect(measurements.every((m: any) => typeof m.value === 'number' && typeof m.analyte.code === 'string')).toBe(true);
  });

  it('narrows every list; a relation its domain has not declared reads every column', async () => {
    const plain = await run('environment', '{ contaminatedSites(first: 3) { nodes { code name } } }', /FROM "contaminated_site"/);
    expect(plain.body.errors).toBeUndefined();
    const list = selectOf(plain.sql, 'contaminated_site')!;
    expect(list).toContain('e."code"');
    expect(list).toContain('e."name"');
    expect(list).not.toContain('former_industry');
    const related = await run('environment', '{ contaminatedSites(first: 3) { nodes { code name county { name } } } }', /FROM "contaminated_site"/);
    expect(selectOf(related.sql, 'contaminated_site')).toBe('e.*');
    const sites = related.body.data.contaminatedSites.nodes;
    expect(sites.map(({ code, name }: { code: string; name: string }) => ({ code, name }))).toEqual(plain.body.data.contaminatedSites.nodes);
    expect(sites.every((site: { county: { name: string } }) => site.county.name.length > 0)).toBe(true);
  });

  it('reads every column when the operation runs with field guards', async () => {
    // 市财政局 may not read the precise coordinates: the operation runs guarded, and a guard may read any property.
    const guarded = await run('finance', PAGE.replace('nodes { code', 'nodes { longitude code'));
    expect(guarded.body.errors?.[0].extensions?.reason).toBe('NO_GRANT');
    expect(selectOf(guarded.sql, 'monitoring_point')).toBe('e.*');
    expect(selectOf(guarded.sql, 'soil_sample')).toBe('e.*');
  });

  it('reads only the selected columns of a looked-up record, with the answer every column gives', async () => {
    const code = (await t.gql<any>('{ monitoringPoints(first: 1) { nodes { code } } }')).body.data!.monitoringPoints.nodes[0].code as string;
    const lookup = `query($code: String!) { monitoringPoint(code: $code) { code name longitude latitude county { name } } }`;
    texts.length = 0;
    const { body } = await t.as('environment')(lookup, { code });
    const sql = texts.filter((s) => s.includes('FROM "monitoring_point"'));
    expect(body.errors).toBeUndefined();
    expect(selectOf(sql, 'monitoring_point')).toBe('e."code", e."county_id", e."id", e."latitude", e."longitude", e."name"');
    const point = (body.data as any).monitoringPoint;
    expect(point.code).toBe(code);
    expect(typeof point.longitude).toBe('number');
    expect(point.county.name.length).toBeGreaterThan(0);

    // `geometry` is computed: every column, and the same values.
    texts.length = 0;
    const full = await t.as('environment')(lookup.replace('{ code name', '{ geometry { type } code name'), { code });
    expect(
      selectOf(
        texts.filter((s) => s.includes('FROM "monitoring_point"')),
        'monitoring_point',
      ),
    ).toBe('e.*');
    const { geometry, ...rest } = (full.body.data as any).monitoringPoint;
    expect(geometry.type).toBe('Point');
    expect(rest).toEqual(point);

    // Guarded (市财政局 may not read the coordinates): every column.
    texts.length = 0;
    const guarded = await t.as('finance')(lookup, { code });
    expect(guarded.body.errors?.[0].extensions?.reason).toBe('NO_GRANT');
    expect(
      selectOf(
        texts.filter((s) => s.includes('FROM "monitoring_point"')),
        'monitoring_point',
      ),
    ).toBe('e.*');
  });

  it('reads only the selected columns on the benchmark hub without enforcement, whoever asks', async () => {
    const open = await startTestHub({ DEMO_DATA: 'true' }, { enforceRights: false });
    try {
      const sent: string[] = [];
      watch(open, sent);
      const { body } = await open.as('finance')(PAGE.replace('nodes { code', 'nodes { longitude code'));
      expect(body.errors).toBeUndefined();
      expect(typeof (body.data as any).monitoringPoints.nodes[0].longitude).toBe('number');
      expect(selectOf(sent, 'monitoring_point')).toBe('e."code", e."county_id", e."id", e."longitude"');
    } finally {
      await open.stop();
    }
  });
});

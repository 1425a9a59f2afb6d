import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/**
 * A point's county and a measurement's analyte come from the resident rows: without field guards the schema reads
 * them as properties of the node, with guards their resolvers answer. Both give the same nodes, and neither costs
 * a statement.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const PAGE = (extra: string) => `{ monitoringPoints(first: 40) { nodes { ${extra} code county { code name } countyAgain: county { name }
  samples(first: 2) { nodes { measurements(first: 6) { nodes { value analyte { code name unit } } } } } } } }`;
type Point = { code: string; county: { code: string; name: string } | null; countyAgain: { name: string } | null; samples: { nodes: any[] } };

describe('resident relations', () => {
  it('answer the same read from the node (no guards) as through their resolvers (guarded)', async () => {
    const plain = await t.as('environment')(PAGE(''));
    expect(plain.body.errors).toBeUndefined();
    // 市财政局 may not read the precise coordinates: its operation runs with the field guards and the resolvers.
    const guarded = await t.as('finance')(PAGE('longitude'));
    expect(guarded.body.errors?.[0].extensions?.reason).toBe('NO_GRANT');
    const points: Point[] = (plain.body.data as any).monitoringPoints.nodes;
    const strip = (nodes: any[]) => nodes.map(({ longitude: _, ...rest }) => rest);
    expect(strip((guarded.body.data as any).monitoringPoints.nodes)).toEqual(points);

    const counties = new Set(points.map((p) => p.county?.name));
    expect(counties.size).toBeGreaterThan(1);
    expect(points.every((p) => p.county && p.countyAgain?.name === p.county.name && p.county.name.length > 0)).toBe(true);
    const analytes = points.flatMap((p) => p.samples.nodes.flatMap((s) => s.measurements.nodes.map((m: any) => m.analyte)));
    expect(analytes.length).toBeGreaterThan(40);
    expect(analytes.every((a) => typeof a.code === 'string' && a.name.length > 0)).toBe(true);
  });

  it('agree with the tables they read', async () => {
    const { body } = await t.as('environment')('{ monitoringPoints(first: 25) { nodes { code county { code } } } }');
    const rows: { code: string; county: string }[] = await t.hub.database.dataSource.query(
      `SELECT p.code, c.code AS county FROM monitoring_point p JOIN county c ON c.id = p.county_id ORDER BY p.id LIMIT 25`,
    );
    expect((body.data as any).monitoringPoints.nodes.map((p: Point) => ({ code: p.code, county: p.county!.code }))).toEqual(rows);
  });
});

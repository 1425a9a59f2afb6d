import { startTestHub, type TestHub } from '../helpers/test-hub';

/**
 * An operation with nothing denied runs without field guards and counts its released values from the response;
 * one with a denied item runs guarded, value by value. Both must put the same counts on the audit trail.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const QUERY = `{ monitoringPoints(first: 5, county: "文安县") { nodes { code also: code county { name } samples(first: 2) { nodes { ph ...m } } } } }
  fragment m on SoilSample { measurements(first: 3) { nodes { value analyte { code } } } }`;

async function releasedBy(department: string, query: string): Promise<{ released: Record<string, { items: Record<string, number> }>; body: any }> {
  const { body } = await t.as(department)(query);
  const [row] = await t.hub.database.dataSource.query(
    `SELECT a.released FROM audit_record a JOIN department d ON d.id = a.principal_id WHERE d.code = $1 ORDER BY a.id DESC LIMIT 1`,
    [department],
  );
  return { released: row.released, body };
}

describe('the release tally', () => {
  it('is the same whether the operation ran guarded or not, and matches the response', async () => {
    // 市环保局 provides all of it: nothing denied, no guards.
    const plain = await releasedBy('environment', QUERY);
    expect(plain.body.errors).toBeUndefined();
    const points = plain.body.data.monitoringPoints.nodes;
    const samples = points.flatMap((p: any) => p.samples.nodes);
    const measurements = samples.flatMap((s: any) => s.measurements.nodes);
    expect(measurements.length).toBeGreaterThan(0);
    expect(plain.released.MonitoringPoint.items).toEqual({ code: 2 * points.length, county: points.length, samples: points.length });
    expect(plain.released.SoilSample.items).toEqual({ ph: samples.length, measurements: samples.length });
    expect(plain.released.Measurement.items).toEqual({ value: measurements.length, analyte: measurements.length });
    expect(plain.released.Analyte.items).toEqual({ code: measurements.length });
    expect(plain.released.County.items).toEqual({ name: points.length });

    // 市财政局 asks for the precise coordinates too, which it may not read: the guarded path, the same counts besides.
    const guarded = await releasedBy('finance', QUERY.replace('nodes { code also: code', 'nodes { code also: code longitude'));
    expect(guarded.body.errors?.[0].extensions.reason).toBe('NO_GRANT');
    expect(guarded.released).toEqual(plain.released);
  });
});

import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';

/**
 * A relation's statement text is built once per shape and reused: a filter the arguments add, or a caller's row
 * scope, is part of the shape, so a reused text never carries another request's filter or county.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const PAGE = (filter: string) => `{ monitoringPoints(first: 20) { nodes { code county { name }
  samples(first: 3) { nodes { measurements(first: 20${filter}) { nodes { analyte { code } } } } } } } }`;
const analytesOf = (body: any): string[] =>
  body.data.monitoringPoints.nodes.flatMap((p: any) => p.samples.nodes.flatMap((s: any) => s.measurements.nodes.map((m: any) => m.analyte.code)));

describe('relation statement texts', () => {
  it('keeps each filter to its own request, in any order', async () => {
    const all = analytesOf((await t.as('environment')(PAGE(''))).body);
    const codes = [...new Set(all)].sort();
    expect(codes.length).toBeGreaterThan(1);
    for (const code of [codes[0], codes[1], codes[0]]) {
      const { body } = await t.as('environment')(PAGE(`, analyte: "${code}"`));
      expect(body.errors).toBeUndefined();
      const got = analytesOf(body);
      expect(got.length).toBe(all.filter((c) => c === code).length);
      expect(new Set(got)).toEqual(new Set([code]));
    }
    expect(analytesOf((await t.as('environment')(PAGE(''))).body)).toEqual(all);
  });

  it('keeps a county government to its county after a request that read every county', async () => {
    const COUNTIES = '{ counties { nodes { name monitoringPoints(first: 5) { nodes { code } } } } }';
    const withPoints = (body: any): string[] => body.data.counties.nodes.filter((c: any) => c.monitoringPoints.nodes.length > 0).map((c: any) => c.name);
    expect(withPoints((await t.as('environment')(COUNTIES)).body).length).toBeGreaterThan(1);
    const { body } = await t.as('gov-wenan')(COUNTIES);
    expect(body.errors).toBeUndefined();
    expect(withPoints(body)).toEqual(['文安县']);
  });
});

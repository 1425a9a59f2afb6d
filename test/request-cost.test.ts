import { startTestHub, type TestHub } from './helpers/test-hub';

/**
 * The attacks that took the hub down or wore it out, replayed: unbounded back-references, a flood of aliases,
 * fragments spread into each other. Each is refused with a coded error before it costs anything, or stopped by
 * the response budget while it runs, and the hub keeps serving.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

async function publicQuery(query: string) {
  const res = await fetch(`${t.url}/public/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return {
    status: res.status,
    statements: Number(res.headers.get('x-sql-statements')),
    body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] },
  };
}

async function stillServing(): Promise<void> {
  expect((await publicQuery('{ planTargets { seq } }')).body.data.planTargets).toHaveLength(11);
}

/** task → its progress reports → each report's task → … `levels` times: ~3 reports per task, unpaginated. */
function reportCycle(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `progressReports { id task { ${inner} } }`;
  return `{ planTasks(first: 188) { nodes { ${inner} } } }`;
}

describe('unbounded relations', () => {
  it('the query that exhausted the heap is refused as too costly, anonymously and as a department', async () => {
    const anonymous = await publicQuery(reportCycle(5));
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(anonymous.body.data).toBeUndefined();
    expect(anonymous.statements).toBe(0);
    const department = await t.gql(reportCycle(5));
    expect(department.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    await stillServing();
  });

  it.each([
    [
      'IndustrialPark.enterprises ↔ KeyEnterprise.park',
      '{ industrialParks(first: 14) { nodes { enterprises { park { enterprises { park { enterprises { park { enterprises { id } } } } } } } } } }',
    ],
    [
      'ContaminatedSite.parcels ↔ LandParcel.site',
      '{ contaminatedSites(first: 50) { nodes { parcels { site { parcels { site { parcels { site { parcels { parcelCode } } } } } } } } } }',
    ],
    [
      'FarmlandUnit.productSamples ↔ AgriProductSample.farmlandUnit',
      '{ farmlandUnits(first: 50) { nodes { productSamples { farmlandUnit { productSamples { farmlandUnit { productSamples { farmlandUnit { code } } } } } } } } }',
    ],
  ])('a cycle through %s costs what it may return', async (_name, query) => {
    const { status, body } = await t.gql(query);
    expect([status, body.errors?.[0].extensions?.code]).toEqual([400, 'QUERY_TOO_COSTLY']);
  });

  it('a short walk along a relation still runs', async () => {
    const { body } = await t.gql(reportCycle(1));
    expect(body.errors).toBeUndefined();
    expect(body.data!.planTasks.nodes).toHaveLength(188);
  });
});

describe('the response budget', () => {
  it('stops an operation whose relations return more objects than MAX_RESPONSE_OBJECTS, with one error and no data', async () => {
    const small = await startTestHub({ DEMO_DATA: 'true', MAX_RESPONSE_OBJECTS: '500', MAX_QUERY_COST: '100000000' });
    try {
      const [{ reports }] = await small.hub.database.dataSource.query('SELECT count(*)::int AS reports FROM task_progress_report');
      expect(reports).toBeGreaterThan(500);
      const { status, body } = await small.gql('{ planTasks(first: 188) { nodes { progressReports { id task { id } } } } }');
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', details: { maxObjects: 500 } });
      expect(body.errors![0].message).toContain('500');
      // Within the budget, the same relation answers in full.
      const fits = await small.gql('{ planTasks(first: 20) { nodes { progressReports { id } } } }');
      expect(fits.body.errors).toBeUndefined();
      expect(fits.body.data!.planTasks.nodes).toHaveLength(20);
    } finally {
      await small.stop();
    }
  });
});

describe('aliases', () => {
  it('a flood of aliases is refused before any statement runs', async () => {
    const flood = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: soilQualitySummary(analyte: "Cd") { samples }`).join(' ')} }`;
    const { status, statements, body } = await publicQuery(flood);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', details: { maxAliases: 30 } });
    expect(statements).toBe(0);
    await stillServing();
  });

  it('the same computed field with the same arguments under several aliases runs once', async () => {
    const one = await publicQuery('{ a0: soilQualitySummary(analyte: "Cd") { samples } }');
    const many = await publicQuery(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: soilQualitySummary(analyte: "Cd") { samples }`).join(' ')} }`);
    expect(many.body.errors).toBeUndefined();
    expect(many.statements).toBe(one.statements);
    expect(many.body.data.a19).toEqual(one.body.data.a0);
  });

  it('computed fields cost what they cost: twenty different summaries exceed what twenty lookups may', async () => {
    const costly = await startTestHub({ MAX_QUERY_COST: '1000' });
    try {
      const summaries = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: soilQualitySummary(analyte: "Cd", year: ${2000 + i}) { samples }`).join(' ')} }`;
      expect((await costly.gql(summaries)).body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
      const lookups = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: county(name: "文安县") { code }`).join(' ')} }`;
      expect((await costly.gql(lookups)).body.errors).toBeUndefined();
    } finally {
      await costly.stop();
    }
  });
});

describe('fragments', () => {
  it('fragments spread into each other many times over are too costly, not a bad variable', async () => {
    const levels = 24;
    const fragments = [`fragment F0 on Query { planTargets { seq } }`];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const { status, body } = await publicQuery(`{ ...F${levels} } ${fragments.join(' ')}`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    await stillServing();
  });
});

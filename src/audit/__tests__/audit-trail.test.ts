import { createHash } from 'node:crypto';
import { addDays, TEST_TODAY } from '../../../test/helpers/test-clock';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);

async function recordOf(requestId: string): Promise<Record<string, any>[]> {
  return sql(`SELECT * FROM audit_record WHERE request_id = $1`, [requestId]);
}

describe('the audit trail', () => {
  it("records a read of two items of another department's resource: exactly those items and the row count", async () => {
    const { headers } = await t.as('finance')('query Parcels { landParcels(first: 3) { nodes { parcelCode areaM2 } } }', undefined, {
      'x-request-id': 'audit-two-items',
    });
    expect(headers.get('x-request-id')).toBe('audit-two-items');
    const records = await recordOf('audit-two-items');
    expect(records).toHaveLength(1);
    const [finance] = await sql(`SELECT id FROM department WHERE code = 'finance'`);
    expect(records[0]).toMatchObject({
      kind: 'query',
      operation_name: 'Parcels',
      principal_id: finance.id,
      outcome: 'ok',
      denied: [],
      grants_used: [],
      released: { LandParcel: { rows: 3, items: { parcelCode: 3, areaM2: 3 } } },
    });
    // The SHA-256 of the query text as sent: anyone holding the text can match it to the record.
    const text = 'query Parcels { landParcels(first: 3) { nodes { parcelCode areaM2 } } }';
    expect(records[0].operation_hash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(records[0].key_id).toBeGreaterThan(0);
  });

  it("records a denied item as denied, with its reason, and a conditional read without the grant's purpose as PURPOSE_MISMATCH", async () => {
    await t.as('finance')('{ farmlandUnits(first: 4) { nodes { code qualityClass } } }', undefined, { 'x-request-id': 'audit-denied' });
    const [denied] = await recordOf('audit-denied');
    expect(denied.outcome).toBe('partial');
    expect(denied.released).toEqual({ FarmlandUnit: { rows: 4, items: { code: 4 } } });
    expect(denied.denied).toEqual([{ type: 'FarmlandUnit', field: 'qualityClass', reason: 'NO_GRANT', count: 4 }]);

    const { body } = await t.as('land-resources')(
      `mutation { requestAccess(resource: "LF.03.0001", items: ["qualityClass"], purpose: "永久基本农田划定", legalBasis: "方案第（十三）条", periodFrom: "${TEST_TODAY}", periodTo: "${addDays(TEST_TODAY, 365)}") { id } }`,
    );
    await t.as('agriculture')(`mutation { approveAccessRequest(id: "${body.data!.requestAccess.id}") { status } }`, undefined, {
      'x-request-id': 'audit-approve',
    });
    const land = t.as('land-resources');
    const without = await land('{ farmlandUnits(first: 2) { nodes { qualityClass } } }', undefined, { 'x-request-id': 'audit-no-purpose' });
    expect(without.body.errors?.[0].extensions?.reason).toBe('PURPOSE_MISMATCH');
    expect((await recordOf('audit-no-purpose'))[0].denied).toEqual([{ type: 'FarmlandUnit', field: 'qualityClass', reason: 'PURPOSE_MISMATCH', count: 2 }]);
    const withPurpose = await land('{ farmlandUnits(first: 2) { nodes { qualityClass } } }', undefined, {
      'x-request-id': 'audit-purpose',
      'x-purpose': encodeURIComponent('永久基本农田划定'),
    });
    expect(withPurpose.body.errors).toBeUndefined();
    const [used] = await recordOf('audit-purpose');
    expect(used.purpose).toBe('永久基本农田划定');
    expect(used.grants_used).toHaveLength(1);
    const [approval] = await recordOf('audit-approve');
    expect(approval.detail.grantDecision).toMatchObject({ event: 'approved', resource: 'LF.03.0001', items: ['qualityClass'] });
  });

  it('audits catalog changes and key creation the same way', async () => {
    await t.as('environment')(
      'mutation { updateCatalogItem(resource: "LF.02.0007", field: "industry", openToPublic: false, note: "审计测试") { version } }',
      undefined,
      { 'x-request-id': 'audit-catalog' },
    );
    const [change] = await recordOf('audit-catalog');
    expect(change.detail.catalogChange).toMatchObject({
      resource: 'LF.02.0007',
      field: 'industry',
      before: { openToPublic: true },
      after: { openToPublic: false },
    });
    await t.keyOf('forestry');
    const keys = await sql(`SELECT detail FROM audit_record WHERE kind = 'key' AND detail->>'department' = 'forestry'`);
    expect(keys).toHaveLength(1);
    expect(keys[0].detail).toMatchObject({ event: 'created', department: 'forestry' });
  });

  it('shows each side its part of the log, and the administrator all of it', async () => {
    const provider = await t.as('land-resources')(
      '{ auditRecords(role: PROVIDER, consumer: "finance", first: 10) { totalCount nodes { requestId principal { code } released } } }',
    );
    expect(provider.body.data?.auditRecords.nodes.map((n: any) => n.requestId)).toContain('audit-two-items');
    const other = await t.as('water')('{ auditRecords(role: PROVIDER, consumer: "finance") { nodes { requestId } } }');
    expect(other.body.data?.auditRecords.nodes.map((n: any) => n.requestId)).not.toContain('audit-two-items');
    const mine = await t.as('finance')('{ auditRecords(first: 100) { nodes { principal { code } } } }');
    expect(new Set(mine.body.data?.auditRecords.nodes.map((n: any) => n.principal.code))).toEqual(new Set(['finance']));
    expect((await t.as('finance')('{ auditRecords(role: ALL) { totalCount } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const all = await t.as('platform-admin')(
      '{ auditRecords(role: ALL, resource: "LF.04.0001") { totalCount } auditSummary(role: ALL) { day resource requests rows consumer { code } } }',
    );
    expect(all.body.data?.auditRecords.totalCount).toBeGreaterThan(0);
    expect(all.body.data?.auditSummary).toContainEqual(expect.objectContaining({ resource: 'LandParcel', consumer: { code: 'finance' } }));
  });
});

describe('tamper evidence', () => {
  it("refuses UPDATE and DELETE to the hub's own connection", async () => {
    await expect(sql(`UPDATE audit_record SET outcome = 'ok' WHERE id = (SELECT min(id) FROM audit_record)`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM audit_record WHERE id = (SELECT min(id) FROM audit_record)`)).rejects.toThrow(/append-only/);
    await expect(sql(`TRUNCATE audit_record`)).rejects.toThrow(/append-only/);
  });

  it('under 200 concurrent requests from 20 clients, every response has exactly one record and the chain holds', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => t.keyOf(['environment', 'agriculture', 'finance', 'water', 'gov-wenan'][i % 5])));
    const ids: string[] = [];
    await Promise.all(
      clients.map(async (key, c) => {
        for (let i = 0; i < 10; i++) {
          const id = `load-${c}-${i}`;
          ids.push(id);
          const res = await fetch(`${t.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-request-id': id },
            body: JSON.stringify({ query: '{ contaminatedSites(first: 2) { nodes { code } } }' }),
          });
          expect(res.status).toBe(200);
          await res.json();
        }
      }),
    );
    const counts: { request_id: string; n: number }[] = await sql(
      `SELECT request_id, count(*)::int AS n FROM audit_record WHERE request_id LIKE 'load-%' GROUP BY request_id`,
    );
    expect(counts).toHaveLength(200);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    const { body } = await t.as('platform-admin')('{ auditVerification { ok checked firstBrokenId } }');
    expect(body.data?.auditVerification).toMatchObject({ ok: true, firstBrokenId: null });
    expect(body.data?.auditVerification.checked).toBeGreaterThanOrEqual(200);
  });

  it("names the first altered record when a superuser changes one behind the trigger's back", async () => {
    const [victim] = await sql(`SELECT id::text FROM audit_record WHERE request_id = 'audit-two-items'`);
    await t.hub.database.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE audit_record SET released = '{}' WHERE id = $1`, [victim.id]);
    });
    const { body } = await t.as('platform-admin')('{ auditVerification { ok firstBrokenId problem } }');
    expect(body.data?.auditVerification).toMatchObject({ ok: false, firstBrokenId: victim.id });
    expect(body.data?.auditVerification.problem).toContain('改动');
  });
});

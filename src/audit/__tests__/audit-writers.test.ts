import pino from 'pino';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import type { AuditPayload } from '../audit-chain';
import { AuditWriter } from '../audit-writer';

/**
 * Two hubs on one database append to one chain: each writes from the head it last wrote, in one statement, and
 * falls back to the chain's lock when the other got there first. The chain stays linear and verifies.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
const payload = (requestId: string): AuditPayload => ({
  at: t.now(),
  kind: 'query',
  requestId,
  principalId: null,
  keyId: null,
  operationName: 'Probe',
  operationHash: null,
  purpose: null,
  released: {},
  denied: [],
  grantsUsed: [],
  outcome: 'ok',
  durationMs: 0,
  detail: {},
});

describe('audit records written by several hubs', () => {
  it('form one linear chain that verifies', async () => {
    const other = new AuditWriter(t.hub.database.dataSource, pino({ level: 'silent' }), t.hub.audit.seal);
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 ? other : t.hub.audit).append(payload(`two-hubs-${round}-${i}`))).concat(
          t.gql('{ counties { totalCount } }').then(() => undefined),
        ),
      );
    }
    const [{ after, successors, probes }] = await sql(
      `SELECT count(*)::int AS after, count(DISTINCT prev_hash)::int AS successors, count(*) FILTER (WHERE request_id LIKE 'two-hubs-%')::int AS probes
         FROM audit_record`,
    );
    expect(probes).toBe(5 * 12);
    expect(successors).toBe(after);
    const v = (await t.as('platform-admin')('{ auditVerification { ok checked problem } }')).body.data!.auditVerification;
    expect(v).toMatchObject({ ok: true, problem: null });
    // The administrator's key, created for this query, is audited too.
    expect(v.checked).toBeGreaterThanOrEqual(after);
  });

  it('refuse a second successor of any record', async () => {
    const [head] = await sql(`SELECT prev_hash FROM audit_record ORDER BY id DESC LIMIT 1`);
    await expect(
      sql(
        `INSERT INTO audit_record (at, kind, released, denied, grants_used, outcome, detail, prev_hash, hash, hash_scheme)
         VALUES (now(), 'query', '{}', '[]', '{}', 'ok', '{}', $1, 'fork', 2)`,
        [head.prev_hash],
      ),
    ).rejects.toThrow(/audit_record_one_successor/);
  });
});

import pino from 'pino';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import { eventPayload, type AuditPayload } from '../audit-chain';
import { AuditWriter } from '../audit-writer';
import { LEASE_CLASS } from '../chain-lease';

/**
 * Several hubs on one database: each appends to a chain of its own, held while it runs, so neither waits for the
 * other; a new chain opens with a record naming the other chains' heads. A writer that loses its chain's lease
 * takes a chain again, and every chain stays linear and verifies.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
const payload = (requestId: string): AuditPayload => ({ ...eventPayload(t.now(), 'query', null, {}), requestId, operationName: 'Probe', durationMs: 0 });

const writer = () => new AuditWriter(t.hub.database.dataSource, pino({ level: 'silent' }), t.hub.audit.seal);
const verify = async () => (await t.as('platform-admin')('{ auditVerification { ok checked chains problem } }')).body.data!.auditVerification;

describe('audit records written by several hubs', () => {
  it('go to one chain per hub, each linear, the newer opening on the heads of the others', async () => {
    const other = writer();
    try {
      // The hub holds its chain once it wrote; the other's opens while nothing else writes, so the head it names is known.
      await t.gql('{ counties { totalCount } }');
      await other.append(payload('first-of-other'));
      for (let round = 0; round < 5; round++) {
        await Promise.all(
          Array.from({ length: 12 }, (_, i) => (i % 2 ? other : t.hub.audit).append(payload(`two-hubs-${round}-${i}`))).concat(
            t.gql('{ counties { totalCount } }').then(() => undefined),
          ),
        );
      }
      expect(t.hub.audit.chain).toBeDefined();
      expect(other.chain).toBeDefined();
      expect(other.chain).not.toBe(t.hub.audit.chain);
      const perChain: { chain: number; probes: number; records: number; successors: number }[] = await sql(
        `SELECT chain, count(*) FILTER (WHERE request_id LIKE 'two-hubs-%')::int AS probes, count(*)::int AS records,
                count(DISTINCT prev_hash)::int AS successors
           FROM audit_record GROUP BY chain ORDER BY chain`,
      );
      expect(perChain.map((c) => [c.chain, c.probes])).toEqual(
        [
          [t.hub.audit.chain, 30],
          [other.chain, 30],
        ].sort((x, y) => x[0]! - y[0]!),
      );
      for (const c of perChain) expect(c.successors).toBe(c.records);
      const [opening] = await sql(`SELECT kind, prev_hash, detail FROM audit_record WHERE chain = $1 ORDER BY id LIMIT 1`, [other.chain]);
      expect(opening.kind).toBe('chain_open');
      expect(opening.detail.chain).toBe(other.chain);
      const [{ head }] = await sql(
        `SELECT max(id)::text AS head FROM audit_record WHERE chain = $1 AND id < (SELECT min(id) FROM audit_record WHERE chain = $2)`,
        [t.hub.audit.chain, other.chain],
      );
      expect(opening.detail.heads).toEqual([expect.objectContaining({ chain: t.hub.audit.chain, id: head })]);
      const [{ all }] = await sql(`SELECT count(*)::int AS all FROM audit_record`);
      const v = await verify();
      expect(v).toMatchObject({ ok: true, problem: null, chains: 2 });
      // The administrator's key, created for this query, is audited too.
      expect(v.checked).toBeGreaterThanOrEqual(all);
    } finally {
      await other.close();
    }
  });

  it('reuse a chain freed by a hub that stopped, from its head', async () => {
    const first = writer();
    await first.append(payload('reuse-1'));
    const chain = first.chain;
    await first.close();
    const [{ chains }] = await sql(`SELECT count(*)::int AS chains FROM audit_chain`);
    const next = writer();
    try {
      await next.append(payload('reuse-2'));
      expect(next.chain).toBe(chain);
      const [{ after }] = await sql(`SELECT count(*)::int AS after FROM audit_chain`);
      expect(after).toBe(chains);
      const rows = await sql(`SELECT request_id, prev_hash, hash FROM audit_record WHERE chain = $1 ORDER BY id DESC LIMIT 2`, [chain]);
      expect(rows.map((r: { request_id: string }) => r.request_id)).toEqual(['reuse-2', 'reuse-1']);
      expect(rows[0].prev_hash).toBe(rows[1].hash);
      expect(await verify()).toMatchObject({ ok: true, problem: null });
    } finally {
      await next.close();
    }
  });

  it('take a chain again when the lease is lost, and the trail still verifies', async () => {
    const lost = writer();
    await lost.append(payload('lease-1'));
    const chain = lost.chain!;
    const [{ terminated }] = await sql(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_locks WHERE locktype = 'advisory' AND classid::int = $1 AND objid::int = $2 AND objsubid = 2 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [LEASE_CLASS, chain],
    );
    expect(terminated).toBe(true);
    for (let i = 0; i < 50 && lost.chain !== undefined; i++) await new Promise((r) => setTimeout(r, 20));
    expect(lost.chain).toBeUndefined();
    const taker = writer();
    try {
      await taker.append(payload('lease-2'));
      expect(taker.chain).toBe(chain);
      await lost.append(payload('lease-3'));
      expect(lost.chain).toBeDefined();
      expect(lost.chain).not.toBe(chain);
      expect(await verify()).toMatchObject({ ok: true, problem: null });
    } finally {
      await taker.close();
      await lost.close();
    }
  });

  it('reject the callers of a failed batch only: the batch queued behind it is written, on the head', async () => {
    const w = writer();
    try {
      await w.append(payload('before-failure'));
      const refused = w.append({ ...payload('refused'), durationMs: 'not a number' as unknown as number });
      // The refused record's batch is on its way; these two queue behind it.
      await new Promise((r) => setImmediate(r));
      const queued = Promise.all([w.append(payload('after-failure-1')), w.append(payload('after-failure-2'))]);
      await expect(refused).rejects.toThrow(/integer/);
      await queued;
      const rows: { request_id: string; prev_hash: string; hash: string }[] = await sql(
        `SELECT request_id, prev_hash, hash FROM audit_record
          WHERE chain = $1 AND id >= (SELECT id FROM audit_record WHERE request_id = 'before-failure') ORDER BY id`,
        [w.chain],
      );
      expect(rows.map((r) => r.request_id)).toEqual(['before-failure', 'after-failure-1', 'after-failure-2']);
      expect(rows[1].prev_hash).toBe(rows[0].hash);
      expect(rows[2].prev_hash).toBe(rows[1].hash);
    } finally {
      await w.close();
    }
  });

  it('refuse a second successor of any record in a chain', async () => {
    const [head] = await sql(`SELECT chain, prev_hash FROM audit_record ORDER BY id DESC LIMIT 1`);
    await expect(
      sql(
        `INSERT INTO audit_record (at, kind, released, denied, grants_used, outcome, detail, chain, prev_hash, hash, hash_scheme)
         VALUES (now(), 'query', '{}', '[]', '{}', 'ok', '{}', $1, $2, 'fork', 2)`,
        [head.chain, head.prev_hash],
      ),
    ).rejects.toThrow(/audit_record_one_successor/);
  });
});

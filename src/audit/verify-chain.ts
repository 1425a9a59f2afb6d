import type { DataSource } from 'typeorm';
import { chainHash, GENESIS } from './audit-chain';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first record whose hash or link does not hold, if any. */
  firstBrokenId: string | null;
  problem: string | null;
}

/** Recomputes every record's hash from its columns and its link to the previous one, in id order. */
export async function verifyChain(ds: DataSource, batch = 5_000): Promise<ChainVerification> {
  let prev = GENESIS;
  let after = '0';
  let checked = 0;
  for (;;) {
    const rows: Record<string, any>[] = await ds.query(
      `SELECT id, at, kind, request_id, principal_id, key_id, operation_name, operation_hash, purpose, released, denied, grants_used,
              outcome, duration_ms, detail, prev_hash, hash FROM audit_record WHERE id > $1::bigint ORDER BY id LIMIT $2`,
      [after, batch],
    );
    if (!rows.length) return { ok: true, checked, firstBrokenId: null, problem: null };
    for (const r of rows) {
      const broken = (problem: string) => ({ ok: false, checked, firstBrokenId: r.id as string, problem });
      if (r.prev_hash !== prev) return broken('链接断开：前一条记录被删除、插入或改动 (link broken)');
      const expected = chainHash(prev, {
        at: new Date(r.at), kind: r.kind, requestId: r.request_id, principalId: r.principal_id, keyId: r.key_id,
        operationName: r.operation_name, operationHash: r.operation_hash, purpose: r.purpose, released: r.released, denied: r.denied,
        grantsUsed: r.grants_used, outcome: r.outcome, durationMs: r.duration_ms, detail: r.detail,
      });
      if (expected !== r.hash) return broken('记录内容与其哈希不符：该记录被改动 (record altered)');
      prev = r.hash;
      after = r.id;
      checked++;
    }
  }
}

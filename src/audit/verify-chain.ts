import type { DataSource } from 'typeorm';
import { auditPayloadOf, chainHash, GENESIS, HashScheme } from './audit-chain';
import type { AuditSeal } from './audit-seal';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first record whose hash or link does not hold, or the checkpoint the chain no longer reaches. */
  firstBrokenId: string | null;
  problem: string | null;
  /** Checkpoints compared with the chain. */
  checkpoints: number;
  /** When the newest checkpoint was taken. */
  lastCheckpointAt: Date | null;
}

/**
 * Recomputes every record's hash from its columns and its link to the previous one, in id order: sealed records
 * (scheme 2) with the audit key, so a chain re-hashed without it fails; no unsealed record may follow a sealed
 * one. Then every checkpoint taken outside the database must name a record the chain still holds, with the
 * same hash: records deleted from the end, or a chain rewritten, show there.
 */
export async function verifyChain(ds: DataSource, seal: AuditSeal, batch = 5_000): Promise<ChainVerification> {
  const { checkpoints, unsigned } = seal.readCheckpoints();
  const expected = new Map(checkpoints.map((c) => [c.id, c.hash]));
  const lastCheckpointAt = checkpoints.length ? new Date(checkpoints.at(-1)!.at) : null;
  const result = (checked: number, firstBrokenId: string | null, problem: string | null): ChainVerification => ({
    ok: problem === null,
    checked,
    firstBrokenId,
    problem,
    checkpoints: checkpoints.length,
    lastCheckpointAt,
  });
  if (unsigned) return result(0, null, `检查点文件中有 ${unsigned} 行签名不符：文件被改动 (checkpoint file altered)`);

  let prev = GENESIS;
  let after = '0';
  let checked = 0;
  let sealed = false;
  const met = new Set<string>();
  for (;;) {
    const rows: Record<string, any>[] = await ds.query(
      `SELECT a.id::text AS id, at, kind, request_id, principal_id, key_id, operation_name, operation_hash, purpose, released, denied, grants_used,
              outcome, duration_ms, detail, prev_hash, hash, hash_scheme
         FROM audit_record a WHERE a.id > $1::bigint ORDER BY a.id LIMIT $2`,
      [after, batch],
    );
    if (!rows.length) break;
    for (const r of rows) {
      const broken = (problem: string) => result(checked, r.id as string, problem);
      if (r.prev_hash !== prev) return broken('链接断开：前一条记录被删除、插入或改动 (link broken)');
      if (r.hash_scheme === HashScheme.SHA256 && sealed) return broken('密封之后出现未密封的记录：链被重算 (unsealed record after sealed ones)');
      const hash = r.hash_scheme === HashScheme.HMAC ? seal.hash(prev, auditPayloadOf(r)) : chainHash(prev, auditPayloadOf(r));
      if (hash !== r.hash) return broken('记录内容与其哈希不符：该记录被改动或链被重算 (record altered)');
      const atCheckpoint = expected.get(r.id);
      if (atCheckpoint !== undefined && atCheckpoint !== hash) return broken('记录与检查点不符：链被重算 (differs from its checkpoint)');
      if (atCheckpoint !== undefined) met.add(r.id);
      sealed ||= r.hash_scheme === HashScheme.HMAC;
      prev = r.hash;
      after = r.id;
      checked++;
    }
  }
  // A checkpointed record the walk never met was deleted: from the end (then written over), or anywhere.
  const missing = checkpoints.filter((c) => !met.has(c.id)).sort((x, y) => (BigInt(x.id) < BigInt(y.id) ? -1 : 1))[0];
  if (missing) return result(checked, missing.id, `审计记录被删除或截短：检查点记载的记录 ${missing.id} 已不在链中 (truncated)`);
  return result(checked, null, null);
}

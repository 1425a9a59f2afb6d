import type { DataSource } from 'typeorm';
import { auditPayloadOf, chainHash, GENESIS, HashScheme } from './audit-chain';
import type { AuditSeal } from './audit-seal';
import type { ChainHead } from './chain-lease';

/** The chain the migration made for the records written before there were several: the only one without an opening. */
const FIRST_CHAIN = 1;

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first record whose hash or link does not hold, or the checkpoint the chain no longer reaches. */
  firstBrokenId: string | null;
  problem: string | null;
  /** Chains walked (one per hub instance that wrote). */
  chains: number;
  /** Checkpoints compared with the chain. */
  checkpoints: number;
  /** When the newest checkpoint was taken. */
  lastCheckpointAt: Date | null;
}

/**
 * Walks each chain in id order and recomputes every record's hash from its columns and its link to the previous
 * one: sealed records (scheme 2) with the audit key, so a chain re-hashed without it fails. Unsealed records exist
 * only at the start of the first chain (written before the seal); every later chain starts with a sealed opening
 * record naming the other chains' heads at that moment. Then every checkpoint taken outside the database, and every
 * head an opening record names, must be a record the trail still holds, with the same hash: records deleted from
 * the end of a chain, a whole chain deleted, or a chain rewritten, show there.
 */
export async function verifyChain(ds: DataSource, seal: AuditSeal, batch = 5_000): Promise<ChainVerification> {
  const { checkpoints, unsigned } = seal.readCheckpoints();
  const expected = new Map(checkpoints.map((c) => [c.id, c.hash]));
  const lastCheckpointAt = checkpoints.length ? new Date(checkpoints.at(-1)!.at) : null;
  let chains = 0;
  const result = (checked: number, firstBrokenId: string | null, problem: string | null): ChainVerification => ({
    ok: problem === null,
    checked,
    firstBrokenId,
    problem,
    chains,
    checkpoints: checkpoints.length,
    lastCheckpointAt,
  });
  if (unsigned) return result(0, null, `检查点文件中有 ${unsigned} 行签名不符：文件被改动 (checkpoint file altered)`);

  let chain = 0;
  let prev = GENESIS;
  let after = '0';
  let checked = 0;
  let sealed = false;
  const met = new Set<string>();
  const anchors: ChainHead[] = [];
  for (;;) {
    const rows: Record<string, any>[] = await ds.query(
      `SELECT a.id::text AS id, at, kind, request_id, principal_id, key_id, operation_name, operation_hash, purpose, released, denied, grants_used,
              outcome, duration_ms, detail, chain, prev_hash, hash, hash_scheme
         FROM audit_record a WHERE (a.chain, a.id) > ($1::int, $2::bigint) ORDER BY a.chain, a.id LIMIT $3`,
      [chain, after, batch],
    );
    if (!rows.length) break;
    for (const r of rows) {
      const broken = (problem: string) => result(checked, r.id as string, problem);
      if (r.chain !== chain) {
        chains++;
        chain = r.chain;
        prev = GENESIS;
        sealed = false;
        if (chain !== FIRST_CHAIN) {
          if (r.kind !== 'chain_open' || r.detail?.chain !== chain) return broken(`审计链 ${chain} 的开头记录缺失：链的开头被删除 (chain opening missing)`);
          anchors.push(...((r.detail.heads ?? []) as ChainHead[]));
        }
      }
      if (r.prev_hash !== prev) return broken('链接断开：前一条记录被删除、插入或改动 (link broken)');
      if (r.hash_scheme === HashScheme.SHA256 && (sealed || chain !== FIRST_CHAIN))
        return broken('密封之后出现未密封的记录：链被重算 (unsealed record after sealed ones)');
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
  // Every record was verified above, so an anchored head still held with its hash is the record that was named.
  const held: { id: string; chain: number; hash: string }[] = anchors.length
    ? await ds.query(`SELECT id::text AS id, chain, hash FROM audit_record WHERE id = ANY($1::bigint[])`, [anchors.map((a) => a.id)])
    : [];
  const byId = new Map(held.map((h) => [h.id, h]));
  const lost = anchors.find((a) => byId.get(a.id)?.chain !== a.chain || byId.get(a.id)?.hash !== a.hash);
  if (lost) return result(checked, lost.id, `审计链 ${lost.chain} 被删除或截短：后开的链记载的记录 ${lost.id} 已不在链中 (chain truncated)`);
  const [emptied] = await ds.query(
    `SELECT c.id FROM audit_chain c WHERE c.id <> $1 AND NOT EXISTS (SELECT 1 FROM audit_record r WHERE r.chain = c.id) ORDER BY c.id LIMIT 1`,
    [FIRST_CHAIN],
  );
  if (emptied) return result(checked, null, `审计链 ${emptied.id} 的全部记录被删除 (chain deleted)`);
  return result(checked, null, null);
}

import fs from 'node:fs';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { auditPayloadOf, chainHash, GENESIS } from '../audit-chain';
import { AuditSeal } from '../audit-seal';
import { AuditWriter } from '../audit-writer';

/**
 * A database superuser attacks the trail behind the append-only trigger: deletes the newest records, or edits one
 * and recomputes the chain after it with the public algorithm. The seal (HMAC under a key the database never
 * holds) and the checkpoints written beside the hub name both.
 */
let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
  for (let i = 0; i < 6; i++) await t.gql('{ counties { totalCount } }', undefined, { 'x-request-id': `seal-${i}` });
  await t.hub.audit.checkpointNow();
});
afterEach(() => t.stop());

const sql = (text: string, params: unknown[] = []) => t.hub.database.dataSource.query(text, params);
/** As a superuser who switched the triggers off for the session. */
const behindTriggers = (run: (q: (text: string, params?: unknown[]) => Promise<any>) => Promise<void>) =>
  t.hub.database.dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await run((text, params) => m.query(text, params));
  });
const verify = async () =>
  (await t.as('platform-admin')('{ auditVerification { ok checked firstBrokenId problem chains checkpoints lastCheckpointAt } }')).body.data!.auditVerification;

describe('the sealed audit trail', () => {
  it('verifies whole, sealed records checked against their checkpoints', async () => {
    const v = await verify();
    expect(v).toMatchObject({ ok: true, firstBrokenId: null, problem: null, chains: 1, checkpoints: 1 });
    expect(v.checked).toBeGreaterThanOrEqual(6);
    expect(new Date(v.lastCheckpointAt).getTime()).toBe(t.now().getTime());
    const schemes = await sql(`SELECT DISTINCT hash_scheme FROM audit_record`);
    expect(schemes).toEqual([{ hash_scheme: 2 }]);
    // The key lives in the hub's folder, not in the database.
    expect(fs.readFileSync(`${t.hub.audit.seal.checkpointFile}`, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('names the newest records deleted', async () => {
    const [{ newest }] = await sql(`SELECT max(id)::text AS newest FROM audit_record`);
    await behindTriggers(async (q) => {
      await q(`DELETE FROM audit_record WHERE id > $1::bigint - 3`, [newest]);
    });
    const v = await verify();
    expect(v).toMatchObject({ ok: false, firstBrokenId: newest });
    expect(v.problem).toContain('截短');
  });

  it('names an edited record whose chain was recomputed with the public algorithm', async () => {
    const [victim] = await sql(`SELECT id::text FROM audit_record WHERE request_id = 'seal-2'`);
    await behindTriggers(async (q) => {
      await q(`UPDATE audit_record SET outcome = 'refused' WHERE id = $1`, [victim.id]);
      const rows: Record<string, any>[] = await q(`SELECT * FROM audit_record WHERE id >= $1::bigint ORDER BY id`, [victim.id]);
      const [before] = await q(`SELECT hash FROM audit_record WHERE id < $1::bigint ORDER BY id DESC LIMIT 1`, [victim.id]);
      let prev: string = before?.hash ?? GENESIS;
      for (const r of rows) {
        const payload = auditPayloadOf(r);
        const hash = chainHash(prev, payload);
        await q(`UPDATE audit_record SET prev_hash = $2, hash = $3 WHERE id = $1`, [r.id, prev, hash]);
        prev = hash;
      }
    });
    const v = await verify();
    expect(v).toMatchObject({ ok: false, firstBrokenId: victim.id });
    expect(v.problem).toContain('改动');
  });

  describe('with a second hub on its own chain', () => {
    let other: AuditWriter;
    beforeEach(async () => {
      other = new AuditWriter(t.hub.database.dataSource, pino({ level: 'silent' }), t.hub.audit.seal);
      for (let i = 0; i < 3; i++) await other.append({ ...(await probe()), requestId: `other-${i}` });
      await t.gql('{ counties { totalCount } }', undefined, { 'x-request-id': 'seal-after' });
    });
    afterEach(() => other.close());
    const probe = async () => {
      const [r] = await sql(`SELECT * FROM audit_record WHERE request_id = 'seal-0'`);
      return auditPayloadOf(r);
    };
    /** What the database alone still proves, once an attacker who can reach the hubs' disks emptied the checkpoint file. */
    const withoutCheckpoints = () => fs.writeFileSync(t.hub.audit.seal.checkpointFile, '');

    it("anchors the other chain's head in each hub's checkpoints: deleting that whole chain shows", async () => {
      await t.hub.audit.checkpointNow();
      const lines = fs
        .readFileSync(t.hub.audit.seal.checkpointFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const [{ head }] = await sql(`SELECT max(id)::text AS head FROM audit_record WHERE chain = $1`, [other.chain]);
      expect(lines.map((l) => l.id)).toContain(head);
      const chain = other.chain;
      await other.close();
      await behindTriggers(async (q) => {
        await q(`DELETE FROM audit_record WHERE chain = $1`, [chain]);
        await q(`DELETE FROM audit_chain WHERE id = $1`, [chain]);
      });
      const v = await verify();
      expect(v).toMatchObject({ ok: false, firstBrokenId: head });
      expect(v.problem).toContain('截短');
    });

    it("names a chain cut back past the head a newer chain's opening recorded, without any checkpoint", async () => {
      const [opening] = await sql(`SELECT detail FROM audit_record WHERE chain = $1 AND kind = 'chain_open'`, [other.chain]);
      const anchored = opening.detail.heads.find((h: { chain: number }) => h.chain === t.hub.audit.chain);
      withoutCheckpoints();
      await behindTriggers(async (q) => {
        await q(`DELETE FROM audit_record WHERE chain = $1 AND id >= $2::bigint`, [t.hub.audit.chain, anchored.id]);
      });
      const v = await verify();
      expect(v).toMatchObject({ ok: false, firstBrokenId: anchored.id });
      expect(v.problem).toContain(`审计链 ${t.hub.audit.chain} 被删除或截短`);
    });

    it('names a chain whose records were all deleted, or whose opening was, without any checkpoint', async () => {
      withoutCheckpoints();
      await behindTriggers(async (q) => {
        await q(`DELETE FROM audit_record WHERE id = (SELECT min(id) FROM audit_record WHERE chain = $1)`, [other.chain]);
      });
      const opened = await verify();
      expect(opened).toMatchObject({ ok: false });
      expect(opened.problem).toContain('开头记录缺失');
      await behindTriggers(async (q) => {
        await q(`DELETE FROM audit_record WHERE chain = $1`, [other.chain]);
      });
      const v = await verify();
      expect(v).toMatchObject({ ok: false, firstBrokenId: null });
      expect(v.problem).toContain(`审计链 ${other.chain} 的全部记录被删除`);
    });

    it('refuses an unsealed chain forged with the public algorithm', async () => {
      withoutCheckpoints();
      const p = await probe();
      await behindTriggers(async (q) => {
        const [{ id }] = await q(`INSERT INTO audit_chain (opened_at, opened_by) VALUES (now(), 'forger') RETURNING id`);
        const opening = { ...p, kind: 'chain_open', detail: { chain: id, heads: [] } };
        await q(
          `INSERT INTO audit_record (at, kind, released, denied, grants_used, outcome, detail, chain, prev_hash, hash, hash_scheme)
           VALUES ($1, 'chain_open', $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
          [p.at, p.released, JSON.stringify(p.denied), p.grantsUsed, p.outcome, opening.detail, id, GENESIS, chainHash(GENESIS, opening)],
        );
      });
      const v = await verify();
      expect(v.ok).toBe(false);
      expect(v.problem).toContain('未密封');
    });
  });

  it('names the checkpoint file altered', async () => {
    const file = t.hub.audit.seal.checkpointFile;
    const [line] = fs.readFileSync(file, 'utf8').trim().split('\n');
    const forged = { ...JSON.parse(line), id: '1' };
    fs.appendFileSync(file, `${JSON.stringify(forged)}\n`);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.problem).toContain('检查点文件');
  });

  it('verifying without the key refuses instead of making a new one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soilhub-nokey-'));
    const settings = { keyFile: path.join(dir, 'audit-key'), checkpointFile: path.join(dir, 'checkpoints.jsonl') };
    expect(() => AuditSeal.forVerifying(settings, pino({ level: 'silent' }))).toThrow(/no audit key/);
    expect(fs.existsSync(settings.keyFile)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

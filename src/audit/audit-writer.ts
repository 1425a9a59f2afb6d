import type { Logger } from 'pino';
import type { Client, PoolClient, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { canonicalPayload, eventPayload, GENESIS, HashScheme, type AuditPayload } from './audit-chain';
import type { AuditSeal, Checkpoint } from './audit-seal';
import { ChainLease, type ChainHead } from './chain-lease';
import { preparedQuery } from '../db/prepared-query';

/** Advisory-lock class of appending (two-key form: class, chain id): one writer at a time extends a chain. */
const APPEND_CLASS = 730_522;

interface Pending {
  payload: AuditPayload;
  done: (err?: unknown) => void;
}

/**
 * How long a hub goes straight to the chain's lock after its optimistic append found the head moved: two writers
 * on one chain (a lease lost) would otherwise pay a lock wait and a round trip per batch for a try that fails.
 */
const CONTENTION_BACKOFF_MS = 1_000;

/** Records per statement at most. */
const MAX_BATCH = 500;

/** How soon after a write the chain's head is checkpointed: deleting records newer than that goes unseen. */
const CHECKPOINT_DELAY_MS = 1_000;

/**
 * Appends audit records, grouping the records of concurrent requests into one transaction: each caller's
 * promise resolves once its record is committed, so no response leaves before its record is durable. Records are
 * sealed (HMAC under the audit key) and go to the chain this process holds (see chain-lease.ts), so hubs sharing
 * a database do not wait for each other; the heads are checkpointed outside the database within a second.
 */
export class AuditWriter {
  private queue: Pending[] = [];
  private flushing?: Promise<void>;
  private head?: ChainCheckpoint;
  private checkpointTimer?: NodeJS.Timeout;
  /** The hash of the newest record this hub wrote: the next batch's predecessor, unless another writer wrote since. */
  private lastHash?: string;
  private readonly lease: ChainLease;
  /** The newest record of each chain written to the checkpoint file, so an idle chain adds no lines. */
  private readonly checkpointed = new Map<number, string>();
  /** Until when batches go straight to the lock: another hub kept moving the head, so the optimistic try would fail. */
  private contendedUntil = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    readonly seal: AuditSeal,
  ) {
    // The lease's connection goes where the pool's do (createDataSource always sets the URL).
    this.lease = new ChainLease((ds.options as { url: string }).url, logger);
  }

  /** The chain this process appends to (claimed on its first write). */
  get chain(): number | undefined {
    return this.lease.chain;
  }

  /**
   * Writes the heads now (on shutdown, and for tests), if anything was written since the last checkpoint: this
   * hub's, and every other chain's that moved, so each hub's file anchors the whole trail.
   */
  async checkpointNow(): Promise<void> {
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
    const head = this.head;
    this.head = undefined;
    if (!head) return;
    const heads = [head];
    try {
      const rows: (Checkpoint & { chain: number })[] = await this.ds.query(
        `SELECT c.id AS chain, h.id::text AS id, h.hash, h.at
           FROM audit_chain c CROSS JOIN LATERAL (SELECT r.id, r.hash, r.at FROM audit_record r WHERE r.chain = c.id ORDER BY r.id DESC LIMIT 1) h
          WHERE c.id <> $1`,
        [head.chain],
      );
      for (const r of rows)
        if (this.checkpointed.get(r.chain) !== r.id) heads.push({ chain: r.chain, id: r.id, hash: r.hash, at: new Date(r.at).toISOString() });
    } catch (err) {
      this.logger.warn({ err }, "other audit chains' heads could not be read: checkpointing this hub's only");
    }
    try {
      this.seal.appendCheckpoints(heads.map(({ id, hash, at }) => ({ id, hash, at })));
      for (const h of heads) this.checkpointed.set(h.chain, h.id);
    } catch (err) {
      this.logger.error({ err, file: this.seal.checkpointFile }, 'audit checkpoint could not be written');
    }
  }

  /** Checkpoints what was written and frees this process's chain for the next hub that starts. */
  async close(): Promise<void> {
    await this.flushing;
    await this.checkpointNow();
    await this.lease.release();
  }

  private scheduleCheckpoint(head: ChainCheckpoint): void {
    this.head = head;
    this.checkpointTimer ??= setTimeout(() => void this.checkpointNow(), CHECKPOINT_DELAY_MS);
    this.checkpointTimer.unref();
  }

  append(payload: AuditPayload): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ payload, done: (err) => (err ? reject(err) : resolve()) });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    // Let the requests of this tick join the batch.
    await new Promise((r) => setImmediate(r));
    let batch = this.queue.splice(0, MAX_BATCH);
    let writing = this.settle(batch);
    while (batch.length) {
      const err = await writing;
      // The next batch goes out before this one's callers resume: their responses are then written while the
      // database works on it, instead of before it is sent.
      const next = this.queue.splice(0, MAX_BATCH);
      if (next.length) writing = this.settle(next);
      for (const p of batch) p.done(err);
      batch = next;
    }
    this.flushing = undefined;
  }

  /** Writes a batch; the error, if it failed (logged here, handed to each of its callers). */
  private settle(batch: Pending[]): Promise<unknown> {
    return this.write(batch.map((p) => p.payload)).then(
      () => undefined,
      (err: unknown) => {
        this.logger.error({ err, records: batch.length }, 'audit write failed');
        return err ?? new Error('audit write failed');
      },
    );
  }

  private async write(payloads: AuditPayload[]): Promise<void> {
    const chain = this.lease.chain ?? (await this.claim(payloads[0].at));
    let appended: Appended[] | undefined;
    if (this.lastHash !== undefined && performance.now() >= this.contendedUntil) {
      appended = await this.appendOptimistically(chain, this.lastHash, payloads);
      // Another writer appended since: while it keeps writing, every try would wait for its lock and fail.
      if (!appended) this.contendedUntil = performance.now() + CONTENTION_BACKOFF_MS;
    }
    appended ??= await this.appendUnderLock(chain, payloads);
    const newest = appended.reduce((a, b) => (BigInt(a.id) > BigInt(b.id) ? a : b));
    this.lastHash = newest.hash;
    this.scheduleCheckpoint({ chain, id: newest.id, hash: newest.hash, at: payloads.at(-1)!.at.toISOString() });
  }

  /** Takes a chain; a new one starts with an opening record (kind chain_open) naming the other chains' heads. */
  private async claim(at: Date): Promise<number> {
    const claimed = await this.lease.claim(at, (client, chain, heads) => this.writeOpening(client, chain, heads, at));
    // A chain held before (by a hub since stopped) continues from its head, read under its lock on the first write.
    this.lastHash = claimed.head;
    return claimed.chain;
  }

  private async writeOpening(client: Client, chain: number, heads: ChainHead[], at: Date): Promise<string> {
    const opening = eventPayload(at, 'chain_open', null, { chain, heads });
    const { rows } = await client.query<Appended>(APPEND, appendParams(chain, GENESIS, [opening], this.seal));
    if (!rows.length) throw new Error(`audit chain ${chain} was not empty when opened`);
    return rows[0].hash;
  }

  /**
   * One statement from the head this hub last wrote, taking the chain's lock as it runs. Nothing if the chain moved
   * on (another hub appended, records removed): then the head check fails, or, if the other hub committed while
   * this statement waited for the lock, the unique index on prev_hash refuses a second successor.
   */
  private async appendOptimistically(chain: number, head: string, payloads: AuditPayload[]): Promise<Appended[] | undefined> {
    try {
      const rows = await preparedQuery<Appended>(this.ds, APPEND_LOCKING, appendParams(chain, head, payloads, this.seal));
      return rows.length ? rows : undefined;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) return undefined;
      throw err;
    }
  }

  /** Under the chain's lock, from the head as the database has it: always succeeds unless the database fails. */
  private async appendUnderLock(chain: number, payloads: AuditPayload[]): Promise<Appended[]> {
    const runner = this.ds.createQueryRunner();
    const client = clientOf(await runner.connect());
    try {
      // One round trip for the transaction, the chain's lock and its head: statements of one simple query run in
      // order, so the head is read only once the lock is held (across hub instances too). `chain` is an integer.
      const opened = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${APPEND_CLASS}, ${chain}); SELECT hash FROM audit_record WHERE chain = ${chain} ORDER BY id DESC LIMIT 1`,
      )) as unknown as QueryResult<{ hash: string }>[];
      const { rows } = await client.query<Appended>(APPEND, appendParams(chain, opened[2].rows[0]?.hash ?? GENESIS, payloads, this.seal));
      if (!rows.length) throw new Error('audit chain head changed under its lock');
      await client.query('COMMIT');
      return rows;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }
}

/** A head as this writer checkpoints it. */
type ChainCheckpoint = Checkpoint & { chain: number };

interface Appended {
  id: string;
  hash: string;
}

const clientOf = (connection: unknown) => connection as PoolClient;

const UNIQUE_VIOLATION = '23505';

/** Inserts the batch as chain $5's continuation of `head`, only if `head` is still the chain's newest record. */
const appendStatement = (
  lock: string,
) => `INSERT INTO audit_record (at, kind, request_id, principal_id, key_id, operation_name, operation_hash, purpose, released, denied,
                               grants_used, outcome, duration_ms, detail, chain, prev_hash, hash, hash_scheme)
     SELECT r.at, r.kind, r."requestId", r."principalId", r."keyId", r."operationName", r."operationHash", r.purpose, r.released, r.denied,
            ARRAY(SELECT jsonb_array_elements_text(r."grantsUsed")::int), r.outcome, r."durationMs", r.detail, $5::int, r."prevHash", r.hash, $2::int
       FROM jsonb_to_recordset($1::jsonb) AS r(at timestamptz, kind text, "requestId" text, "principalId" int, "keyId" int,
            "operationName" text, "operationHash" text, purpose text, released jsonb, denied jsonb, "grantsUsed" jsonb, outcome text,
            "durationMs" int, detail jsonb, "prevHash" text, hash text, seq int)${lock}
      WHERE $3::text = COALESCE((SELECT hash FROM audit_record WHERE chain = $5::int ORDER BY id DESC LIMIT 1), $4::text)
      ORDER BY r.seq
     RETURNING id::text, hash`;
const APPEND = appendStatement('');
const APPEND_LOCKING = appendStatement(`, (SELECT pg_advisory_xact_lock(${APPEND_CLASS}, $5::int)) AS chain_lock`);

/**
 * The batch's records chained from `head` and sealed, as APPEND's parameters. Each record's canonical JSON, made for
 * its seal, is also its row: the chain's fields (hexadecimal hashes, an integer) are appended to the object.
 */
function appendParams(chain: number, head: string, payloads: AuditPayload[], seal: AuditSeal): [string, number, string, string, number] {
  let prev = head;
  const rows = payloads.map((p, seq) => {
    const canonical = canonicalPayload(p);
    const hash = seal.hashCanonical(prev, canonical);
    const row = `${canonical.slice(0, -1)},"prevHash":"${prev}","hash":"${hash}","seq":${seq}}`;
    prev = hash;
    return row;
  });
  return [`[${rows.join(',')}]`, HashScheme.HMAC, head, GENESIS, chain];
}

import type { Logger } from 'pino';
import type { PoolClient, QueryResult } from 'pg';
import type { DataSource } from 'typeorm';
import { GENESIS, HashScheme, type AuditPayload } from './audit-chain';
import type { AuditSeal, Checkpoint } from './audit-seal';
import { preparedQuery } from '../db/prepared-query';

/** Arbitrary constant: one writer at a time extends the chain, across hub instances too. */
const CHAIN_LOCK = 7_305_214_002;

interface Pending {
  payload: AuditPayload;
  done: (err?: unknown) => void;
}

/**
 * How long a hub goes straight to the chain's lock after its optimistic append found the head moved: under two
 * busy hubs the try costs a lock wait and a round trip per batch and nearly always fails.
 */
const CONTENTION_BACKOFF_MS = 1_000;

/** How soon after a write the chain's head is checkpointed: deleting records newer than that goes unseen. */
const CHECKPOINT_DELAY_MS = 1_000;

/**
 * Appends audit records, grouping the records of concurrent requests into one transaction: each caller's
 * promise resolves once its record is committed, so no response leaves before its record is durable. Records are
 * sealed (HMAC under the audit key) and the head is checkpointed outside the database within a second.
 */
export class AuditWriter {
  private queue: Pending[] = [];
  private flushing?: Promise<void>;
  private head?: Checkpoint;
  private checkpointTimer?: NodeJS.Timeout;
  /** The hash of the newest record this hub wrote: the next batch's predecessor, unless another hub wrote since. */
  private lastHash?: string;
  /** Until when batches go straight to the lock: another hub kept moving the head, so the optimistic try would fail. */
  private contendedUntil = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    readonly seal: AuditSeal,
  ) {}

  /** Writes the head now (on shutdown, and for tests), if anything was written since the last checkpoint. */
  checkpointNow(): void {
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
    const head = this.head;
    this.head = undefined;
    if (!head) return;
    try {
      this.seal.appendCheckpoint(head);
    } catch (err) {
      this.logger.error({ err, file: this.seal.checkpointFile }, 'audit checkpoint could not be written');
    }
  }

  private scheduleCheckpoint(head: Checkpoint): void {
    this.head = head;
    this.checkpointTimer ??= setTimeout(() => this.checkpointNow(), CHECKPOINT_DELAY_MS);
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
    while (this.queue.length) {
      const batch = this.queue.splice(0, 500);
      try {
        await this.write(batch.map((p) => p.payload));
        for (const p of batch) p.done();
      } catch (err) {
        this.logger.error({ err, records: batch.length }, 'audit write failed');
        for (const p of batch) p.done(err);
      }
    }
    this.flushing = undefined;
  }

  private async write(payloads: AuditPayload[]): Promise<void> {
    let appended: Appended[] | undefined;
    if (this.lastHash !== undefined && performance.now() >= this.contendedUntil) {
      appended = await this.appendOptimistically(this.lastHash, payloads);
      // Another hub wrote since: while it keeps writing, every try would wait for its lock and fail.
      if (!appended) this.contendedUntil = performance.now() + CONTENTION_BACKOFF_MS;
    }
    appended ??= await this.appendUnderLock(payloads);
    const newest = appended.reduce((a, b) => (BigInt(a.id) > BigInt(b.id) ? a : b));
    this.lastHash = newest.hash;
    this.scheduleCheckpoint({ id: newest.id, hash: newest.hash, at: payloads.at(-1)!.at.toISOString() });
  }

  /**
   * One statement from the head this hub last wrote, taking the chain's lock as it runs. Nothing if the chain moved
   * on (another hub appended, records removed): then the head check fails, or, if the other hub committed while
   * this statement waited for the lock, the unique index on prev_hash refuses a second successor.
   */
  private async appendOptimistically(head: string, payloads: AuditPayload[]): Promise<Appended[] | undefined> {
    try {
      const rows = await preparedQuery<Appended>(this.ds, APPEND_LOCKING, appendParams(head, payloads, this.seal));
      return rows.length ? rows : undefined;
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) return undefined;
      throw err;
    }
  }

  /** Under the chain's lock, from the head as the database has it: always succeeds unless the database fails. */
  private async appendUnderLock(payloads: AuditPayload[]): Promise<Appended[]> {
    const runner = this.ds.createQueryRunner();
    const client = clientOf(await runner.connect());
    try {
      // One round trip for the transaction, the chain's lock and its head: statements of one simple query run in
      // order, so the head is read only once the lock is held (across hub instances too).
      const opened = (await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(${CHAIN_LOCK}); SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1`,
      )) as unknown as QueryResult<{ hash: string }>[];
      const { rows } = await client.query<Appended>(APPEND, appendParams(opened[2].rows[0]?.hash ?? GENESIS, payloads, this.seal));
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

interface Appended {
  id: string;
  hash: string;
}

const clientOf = (connection: unknown) => connection as PoolClient;

const UNIQUE_VIOLATION = '23505';

/** Inserts the batch as the chain's continuation of `head`, only if `head` is still the newest record. */
const appendStatement = (
  lock: string,
) => `INSERT INTO audit_record (at, kind, request_id, principal_id, key_id, operation_name, operation_hash, purpose, released, denied,
                               grants_used, outcome, duration_ms, detail, prev_hash, hash, hash_scheme)
     SELECT r.at, r.kind, r."requestId", r."principalId", r."keyId", r."operationName", r."operationHash", r.purpose, r.released, r.denied,
            ARRAY(SELECT jsonb_array_elements_text(r."grantsUsed")::int), r.outcome, r."durationMs", r.detail, r."prevHash", r.hash, $2::int
       FROM jsonb_to_recordset($1::jsonb) AS r(at timestamptz, kind text, "requestId" text, "principalId" int, "keyId" int,
            "operationName" text, "operationHash" text, purpose text, released jsonb, denied jsonb, "grantsUsed" jsonb, outcome text,
            "durationMs" int, detail jsonb, "prevHash" text, hash text, seq int)${lock}
      WHERE $3::text = COALESCE((SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1), $4::text)
      ORDER BY r.seq
     RETURNING id::text, hash`;
const APPEND = appendStatement('');
const APPEND_LOCKING = appendStatement(`, (SELECT pg_advisory_xact_lock(${CHAIN_LOCK})) AS chain_lock`);

/** The batch's records chained from `head` and sealed, as APPEND's parameters. */
function appendParams(head: string, payloads: AuditPayload[], seal: AuditSeal): [string, number, string, string] {
  let prev = head;
  const rows = payloads.map((p, seq) => {
    const hash = seal.hash(prev, p);
    const row = { ...p, at: p.at.toISOString(), prevHash: prev, hash, seq };
    prev = hash;
    return row;
  });
  return [JSON.stringify(rows), HashScheme.HMAC, head, GENESIS];
}

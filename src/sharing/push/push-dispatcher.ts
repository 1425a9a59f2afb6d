import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { OperationReader } from '../../graphql/operation-reader';
import type { DepartmentKind } from '../../reference/department-kind.enum';
import type { Principal } from '../identity/principal';
import { DELIVERY_HEADER, sign, SIGNATURE_HEADER } from './push-signature';

export interface PushOptions {
  /** First retry after this long, doubling with each failure (PUSH_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** The longest wait between retries. */
  retryMaxMs: number;
  /** After this many failures in a row the subscriber is dead (a dead letter) until the administrator resumes it. */
  maxFailures: number;
  /** Events per delivery. */
  batchSize: number;
  /** How long a receiver may take to answer. */
  timeoutMs: number;
}

export interface PushDeps {
  db: DataSource;
  logger: Logger;
  clock: () => Date;
  /** Emits 'change' when a change is committed (on any hub of the database). */
  notifier: EventEmitter;
  /** The change feed as the subscriber's department reads it (rights, row scope, audit: the department API). */
  readerFor: (principal: Principal, purpose: string | null, requestId: string) => OperationReader;
  options: PushOptions;
}

interface Due {
  id: number;
  name: string;
  endpoint: string;
  purpose: string | null;
  resources: string[];
  secret: string;
  acked_cursor: string;
  consecutive_failures: number;
  department_id: number;
  code: string;
  department_name: string;
  kind: DepartmentKind;
  county_id: number | null;
}

const FEED = `query PushFeed($after: ID, $resources: [String!], $first: Int) {
  changes(after: $after, resources: $resources, first: $first) {
    endCursor hasMore
    events { cursor at resource recordId op values previous withheld changedBy { code name } }
  }
}`;

/**
 * Pushes committed changes to the registered subscribers: in order, each batch signed, retried with exponential
 * backoff until acknowledged (2xx), resumed from the last acknowledged cursor after a restart, every attempt logged
 * in push_delivery; what a batch holds is what the subscriber's department may read through the change feed. A
 * lease on the subscriber's row keeps several hubs from delivering the same batch.
 */
export class PushDispatcher {
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly retryAt = new Map<number, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly wake = () => this.pump();

  constructor(private readonly deps: PushDeps) {}

  start(): void {
    this.deps.notifier.on('change', this.wake);
    this.pump();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.deps.notifier.off('change', this.wake);
    for (const t of this.timers) clearTimeout(t);
    await this.running;
  }

  /** One pass over the due subscribers; a wake-up during a pass runs another after it. */
  pump(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.pass().catch((err: unknown) => this.deps.logger.error({ err }, 'push delivery pass failed'));
      } while (this.again && !this.stopped);
      this.running = undefined;
    })();
    return this.running;
  }

  private async pass(): Promise<void> {
    const due: Due[] = await this.deps.db.query(
      `SELECT s.id, s.name, s.endpoint, s.purpose, s.resources, s.secret, s.acked_cursor, s.consecutive_failures,
              d.id AS department_id, d.code, d.name AS department_name, d.kind, d.county_id
         FROM push_subscriber s JOIN department d ON d.id = s.department_id WHERE s.status = 'active' ORDER BY s.id`,
    );
    for (const s of due) {
      if (this.stopped) return;
      if ((this.retryAt.get(s.id) ?? 0) > performance.now()) continue;
      await this.deliver(s);
    }
  }

  /** Delivers every batch this subscriber is behind by, until it is up to date or a delivery fails. */
  private async deliver(s: Due): Promise<void> {
    const { db, clock, options } = this.deps;
    // The cursor is read with the lease: another hub may have delivered since this pass listed the subscribers.
    const leased: { acked_cursor: string }[] = await db.query(
      `WITH leased AS (UPDATE push_subscriber SET lease_until = $2
                        WHERE id = $1 AND status = 'active' AND (lease_until IS NULL OR lease_until < $3) RETURNING acked_cursor)
       SELECT acked_cursor FROM leased`,
      [s.id, new Date(clock().getTime() + options.timeoutMs * 3), clock()],
    );
    if (!leased.length) return;
    let cursor = leased[0].acked_cursor;
    let failures = s.consecutive_failures;
    const principal: Principal = { departmentId: s.department_id, code: s.code, name: s.department_name, kind: s.kind, countyId: s.county_id, keyId: null };
    try {
      for (;;) {
        const read = this.deps.readerFor(principal, s.purpose, `push-${s.id}-${cursor}`);
        const page = (await read(FEED, { after: cursor === '0' ? null : cursor, resources: s.resources.length ? s.resources : null, first: options.batchSize }))
          .changes as { endCursor: string | null; hasMore: boolean; events: { cursor: string }[] };
        if (!page.events.length) return;
        const to = page.events.at(-1)!.cursor;
        const delivery = `${s.id}:${cursor}-${to}`;
        const body = JSON.stringify({ subscriber: s.name, delivery, from: cursor, to, events: page.events });
        const started = performance.now();
        const outcome = await this.post(s, delivery, body);
        const durationMs = Math.round(performance.now() - started);
        const at = clock();
        if (outcome.ok) {
          await db.query(
            `WITH acked AS (UPDATE push_subscriber SET acked_cursor = $2, consecutive_failures = 0, last_error = NULL, next_attempt_at = NULL, last_delivered_at = $3 WHERE id = $1)
             INSERT INTO push_delivery (subscriber_id, from_cursor, to_cursor, events, attempted_at, outcome, http_status, duration_ms) VALUES ($1, $4, $2, $5, $3, 'delivered', $6, $7)`,
            [s.id, to, at, cursor, page.events.length, outcome.status, durationMs],
          );
          this.retryAt.delete(s.id);
          failures = 0;
          cursor = to;
          if (!page.hasMore) return;
          continue;
        }
        failures++;
        const wait = Math.min(options.retryBaseMs * 2 ** (failures - 1), options.retryMaxMs);
        const dead = failures >= options.maxFailures;
        await db.query(
          `WITH failed AS (UPDATE push_subscriber SET consecutive_failures = $2, last_error = $3, next_attempt_at = $4, status = CASE WHEN $5 THEN 'dead' ELSE status END WHERE id = $1)
           INSERT INTO push_delivery (subscriber_id, from_cursor, to_cursor, events, attempted_at, outcome, http_status, error, duration_ms) VALUES ($1, $6, $7, $8, $9, 'failed', $10, $3, $11)`,
          [s.id, failures, outcome.error, new Date(at.getTime() + wait), dead, cursor, to, page.events.length, at, outcome.status, durationMs],
        );
        if (dead) {
          this.deps.logger.warn({ subscriber: s.name, failures, error: outcome.error }, 'push subscriber gave up: dead letter until resumed');
          return;
        }
        this.retryAt.set(s.id, performance.now() + wait);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          // The timer says the retry is due: libuv measures its delay from the loop's cached time, which can lag
          // performance.now(), so the pass could otherwise still find retryAt ahead, skip the subscriber and never retry it.
          this.retryAt.delete(s.id);
          this.pump();
        }, wait);
        timer.unref();
        this.timers.add(timer);
        return;
      }
    } finally {
      await db.query('UPDATE push_subscriber SET lease_until = NULL WHERE id = $1', [s.id]);
    }
  }

  private async post(s: Due, delivery: string, body: string): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    try {
      const res = await fetch(s.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: sign(s.secret, Math.floor(this.deps.clock().getTime() / 1000), body),
          [DELIVERY_HEADER]: delivery,
        },
        body,
        signal: AbortSignal.timeout(this.deps.options.timeoutMs),
        redirect: 'error',
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? { ok: true, status: res.status, error: null } : { ok: false, status: res.status, error: `接收端答复 HTTP ${res.status}` };
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      return { ok: false, status: null, error: `无法送达：${cause}` };
    }
  }
}

import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** How often the replica's replay position is compared with the primary's. */
const PROBE_MS = 500;
/** How long after a failed connection the replica is tried again. */
const RECONNECT_MS = 5_000;

/** A WAL position ('16/B374D848') as a number. */
const lsn = (text: string): bigint => {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
};

/**
 * Where the reads that may be a little stale go: a streaming replica (DATABASE_READ_URL) while it keeps up with the
 * primary, else the primary. Twice a second the hub reads the primary's flushed WAL position and the replica's
 * replayed one; the replica is used while it has replayed everything the primary had flushed at most
 * `maxLagMs` ago, so a read from it misses at most the commits of the last `maxLagMs` plus one probe. A replica that
 * stops answering or falls behind is left until it catches up again.
 */
export class ReadReplica {
  /** The primary's flushed position at each recent probe, oldest first. */
  private readonly seen: { at: number; lsn: bigint }[] = [];
  private fresh = false;
  private timer?: NodeJS.Timeout;
  private probing?: Promise<void>;
  private connectAfter = 0;
  /** How far behind the replica was at the last probe (ms), or undefined when unknown (unreachable, too far). */
  lagMs: number | undefined;

  constructor(
    private readonly primary: DataSource,
    readonly replica: DataSource,
    private readonly maxLagMs: number,
    private readonly logger: Logger,
  ) {}

  /** The data source for a read that may lag by up to the bound: the replica when it is fresh. */
  get reader(): DataSource {
    return this.fresh ? this.replica : this.primary;
  }

  /** Probes once (so the first reads already know), then keeps probing. */
  async start(): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => {
      this.probing ??= this.probe().finally(() => (this.probing = undefined));
    }, PROBE_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probing;
    if (this.replica.isInitialized) await this.replica.destroy();
  }

  private async probe(): Promise<void> {
    try {
      const [{ flushed }] = await this.primary.query(`SELECT pg_current_wal_flush_lsn()::text AS flushed`);
      const now = performance.now();
      this.seen.push({ at: now, lsn: lsn(flushed) });
      // Only probes within the bound can show the replica fresh; trimmed here so an unreachable replica keeps none.
      while (this.seen.length > 1 && now - this.seen[0].at > this.maxLagMs + PROBE_MS) this.seen.shift();
      // Connected on first use and again after a failed start: a replica that is down when the hub starts is taken up later.
      if (!this.replica.isInitialized) {
        if (performance.now() < this.connectAfter) throw new Error('read replica: waiting to connect again');
        this.connectAfter = performance.now() + RECONNECT_MS;
        await this.replica.initialize();
      }
      const [{ replayed }] = await this.replica.query(`SELECT pg_last_wal_replay_lsn()::text AS replayed`);
      if (replayed === null) throw new Error('DATABASE_READ_URL is not a standby (pg_last_wal_replay_lsn() is null)');
      const position = lsn(replayed);
      // The newest probe whose position the replica has replayed: everything committed before it is there.
      const caughtUp = this.seen.findLast((s) => s.lsn <= position);
      this.lagMs = caughtUp ? now - caughtUp.at : undefined;
      this.use(this.lagMs !== undefined && this.lagMs <= this.maxLagMs);
    } catch (err) {
      this.lagMs = undefined;
      if (this.fresh) this.logger.warn({ err }, 'read replica unreachable: reads go to the primary');
      this.use(false, false);
    }
  }

  private use(fresh: boolean, log = true): void {
    if (fresh === this.fresh) return;
    this.fresh = fresh;
    if (log)
      this.logger.warn(
        { lagMs: this.lagMs, maxLagMs: this.maxLagMs },
        fresh ? 'read replica caught up: public reads go to it' : 'read replica behind: public reads go to the primary',
      );
  }
}

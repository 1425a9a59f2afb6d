import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Where rate-limit counters live: this process (one hub), or PostgreSQL (replicas share one limit). */
export type RateLimitStore = 'memory' | 'postgres';

/**
 * A limiter of `points` per `duration` seconds. In PostgreSQL the counters are rows of the unlogged table
 * rate_limit (migration 1796310000000), created by the migration, not by the library at start; expired rows are
 * overwritten in place, so nothing needs a cleaning timer.
 */
export function createLimiter(store: RateLimitStore, db: DataSource, opts: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  if (store === 'memory') return new RateLimiterMemory(opts);
  const pool = (db.driver as unknown as { master: Pool }).master;
  return new RateLimiterPostgres({ ...opts, storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false });
}

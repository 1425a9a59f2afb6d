import os from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';

const HUB = `${os.hostname()}:${process.pid}`;

/**
 * Runs `task` at most once per `periodMs` for every hub on this database: in a transaction holding a
 * transaction-scoped advisory lock (a hub that finds it taken skips: another is running it), and only when the last
 * run, recorded in scheduled_task, is older than the period (hubs starting together run it once). True if it ran.
 */
export async function runOncePerCluster(
  db: DataSource,
  name: string,
  periodMs: number,
  now: Date,
  task: (m: EntityManager) => Promise<unknown>,
): Promise<boolean> {
  return db.transaction(async (m) => {
    const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext('soilhub:scheduled:' || $1)) AS locked`, [name]);
    if (!locked) return false;
    // 90% of the period: a run a little early on the next tick is not skipped for a few milliseconds of drift.
    const [recent] = await m.query(`SELECT 1 FROM scheduled_task WHERE name = $1 AND last_run_at > $2`, [name, new Date(now.getTime() - periodMs * 0.9)]);
    if (recent) return false;
    await task(m);
    await m.query(
      `INSERT INTO scheduled_task (name, last_run_at, runs, ran_by) VALUES ($1, $2, 1, $3)
       ON CONFLICT (name) DO UPDATE SET last_run_at = $2, runs = scheduled_task.runs + 1, ran_by = $3`,
      [name, now, HUB],
    );
    return true;
  });
}

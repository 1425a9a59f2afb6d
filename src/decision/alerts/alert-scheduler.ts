import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { runOncePerCluster } from '../../db/cluster-schedule';
import { scanAlerts } from './alert-scan';

const HOURLY = 60 * 60 * 1000;

/**
 * Scans at start and every hour: submissions rescan in their own transaction, but the year turning (a new
 * baseline, reports now due) changes alerts without any write. The hub's operator is named as their author. Once
 * per cluster: of several hubs on one database, one scans each hour (runOncePerCluster).
 */
export async function startAlertScans(db: DataSource, clock: () => Date, logger: Logger, everyMs = HOURLY): Promise<() => void> {
  const [admin] = await db.query(`SELECT id FROM department WHERE code = 'platform-admin'`);
  const scan = async () => {
    let changed = 0;
    await runOncePerCluster(db, 'alert-scan', everyMs, clock(), async (m) => (changed = await scanAlerts(m, clock(), admin?.id ?? null)));
    if (changed) logger.info({ changed }, 'alerts rescanned');
  };
  await scan();
  const timer = setInterval(() => scan().catch((err) => logger.error({ err }, 'alert scan failed')), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

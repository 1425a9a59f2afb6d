import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { generateSynthetic } from './synthetic-generator';
import { SCALES } from './synthetic-scale';

export const DEMO_SEED = 20171229;

/**
 * On a database with no monitoring data at all, loads the demo scale so a newcomer sees a working hub.
 * A database that holds any department's data is left alone.
 */
export async function seedDemoIfEmpty(ds: DataSource, logger: Logger): Promise<void> {
  const [row] = await ds.query('SELECT NOT EXISTS (SELECT 1 FROM monitoring_point) AS empty');
  if (!row.empty) return;
  const summary = await generateSynthetic(ds, SCALES.demo, { seed: DEMO_SEED, replace: false, logger });
  logger.warn(summary, 'loaded SYNTHETIC demo data (source = synthetic; not measurements). Set DEMO_DATA=false to start empty.');
}

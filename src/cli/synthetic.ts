import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { generateSynthetic } from '../synthetic/synthetic-generator';
import { SCALES, type ScaleName } from '../synthetic/synthetic-scale';

/** `npm run synthetic -- --scale demo|bench [--seed N] [--replace]`: loads synthetic data into the configured database. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'demo' }, seed: { type: 'string', default: '20171229' }, replace: { type: 'boolean', default: false } },
  });
  if (!(values.scale! in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error('--seed must be an integer');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, logger);
  try {
    const started = Date.now();
    const summary = await generateSynthetic(db.dataSource, SCALES[values.scale as ScaleName], { seed, replace: values.replace!, logger });
    process.stdout.write(`${JSON.stringify({ scale: values.scale, seed, ...summary, seconds: (Date.now() - started) / 1000 })}\n`);
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

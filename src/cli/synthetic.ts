import { loadConfig } from '../config/config';
import { openToolDatabase } from '../db/database';
import { createLogger } from '../observability/logger';
import { generateSynthetic } from '../synthetic/synthetic-generator';
import { SCALES, type ScaleName } from '../synthetic/synthetic-scale';
import { runCommand, UsageError } from './command';

/** `npm run synthetic`: loads synthetic data into the configured database. */
runCommand(
  {
    usage: 'npm run synthetic -- --scale demo|bench|province [--seed N] [--replace]',
    summary: '载入合成演示数据（全部或全不；不是实测值）。Loads synthetic data, all or nothing; every row says it is synthetic.',
    options: { scale: { type: 'string', default: 'demo' }, seed: { type: 'string', default: '20171229' }, replace: { type: 'boolean', default: false } },
    help: {
      scale: `one of ${Object.keys(SCALES).join(', ')} (default demo)`,
      seed: 'random seed (default 20171229)',
      replace: 'replace an earlier synthetic set (never touches other rows)',
    },
  },
  async (values) => {
    if (!(values.scale! in SCALES)) throw new UsageError(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
    const seed = Number(values.seed);
    if (!Number.isSafeInteger(seed)) throw new UsageError('--seed must be an integer');
    const config = loadConfig();
    const logger = createLogger(config.logLevel, config.logFormat, 2);
    const db = await openToolDatabase(config, logger);
    try {
      const started = Date.now();
      const summary = await generateSynthetic(db.dataSource, SCALES[values.scale as ScaleName], { seed, replace: values.replace!, logger });
      process.stdout.write(`${JSON.stringify({ scale: values.scale, seed, ...summary, seconds: (Date.now() - started) / 1000 })}\n`);
    } finally {
      await db.close();
    }
  },
);

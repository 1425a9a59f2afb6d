import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../common/clock';
import type { Config } from '../config/config';
import { createDataSource } from './data-source';
import { EmbeddedCluster } from './embedded/embedded-cluster';
import { followClock } from './follow-clock';

/** Arbitrary constant key: several hub instances starting at once run migrations one at a time. */
const MIGRATION_LOCK = 7_305_214_001;

export async function migrate(dataSource: DataSource, logger: Logger): Promise<void> {
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

export interface Database {
  dataSource: DataSource;
  /** Present when no DATABASE_URL was given. */
  embedded?: EmbeddedCluster;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, and runs pending migrations; the database follows `clock`. */
export async function openDatabase(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedCluster.start({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'soilhub', logger });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({ url, poolMax: config.dbPoolMax, statementTimeoutMs: config.statementTimeoutMs });
  try {
    await dataSource.initialize();
    await migrate(dataSource, logger);
    followClock(dataSource, clock);
    embedded?.supervise();
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * The database for a command-line tool: DATABASE_URL, else the embedded database of the hub running on this
 * checkout's data directory (it keeps running), else the embedded database started for the tool alone.
 */
export async function openToolDatabase(config: Config, logger: Logger): Promise<Database> {
  const running = config.databaseUrl ? undefined : EmbeddedCluster.runningUrl(config.dataDir);
  if (running) logger.info({ dataDir: config.dataDir }, 'using the embedded PostgreSQL of the hub running on this data directory');
  return openDatabase(running ? { ...config, databaseUrl: running } : config, logger);
}

import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '../common/clock';
import type { Config } from '../config/config';
import { createDataSource } from './data-source';
import { EmbeddedCluster } from './embedded/embedded-cluster';
import { followClock } from './follow-clock';
import { grantHubRole, userOf } from './hub-role';
import { ReadReplica } from './read-replica';

/** Arbitrary constant key: several hub instances starting at once run migrations one at a time. */
const MIGRATION_LOCK = 7_305_214_001;

/** Runs pending migrations, then `after` (the grants), under one lock: hubs starting together take turns. */
export async function migrate(dataSource: DataSource, logger: Logger, after?: () => Promise<void>): Promise<void> {
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    await after?.();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

export interface Database {
  dataSource: DataSource;
  /** The URL the hub connects with (its own role where it has one). */
  url: string;
  /** Present when no DATABASE_URL was given. */
  embedded?: EmbeddedCluster;
  /** Present when DATABASE_READ_URL names a replica: where the public reads go while it keeps up. */
  reads?: ReadReplica;
  close(): Promise<void>;
}

/** The embedded database's login role for the hub: it owns nothing (see hub-role.ts). */
const EMBEDDED_HUB_ROLE = 'soilhub_hub';

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL, and runs pending migrations; the database follows
 * `clock`. Migrations run as the owner (MIGRATION_DATABASE_URL, the embedded superuser); when the hub has a role of
 * its own (DATABASE_URL then, or the embedded `soilhub_hub`), the owner grants it its rights and the hub connects as it.
 */
export async function openDatabase(config: Config, logger: Logger, clock: Clock = systemClock): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await EmbeddedCluster.start({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'soilhub', logger });
  let dataSource: DataSource | undefined;
  try {
    const ownerUrl = embedded?.url ?? config.migrationDatabaseUrl ?? config.databaseUrl!;
    const url = embedded ? await embedded.loginRole(EMBEDDED_HUB_ROLE) : config.databaseUrl!;
    if (url !== ownerUrl) {
      const owner = createDataSource({ url: ownerUrl, poolMax: 2, statementTimeoutMs: config.statementTimeoutMs });
      await owner.initialize();
      try {
        await migrate(owner, logger, () => grantHubRole(owner, userOf(url)));
      } finally {
        await owner.destroy();
      }
    }
    dataSource = createDataSource({ url, poolMax: config.dbPoolMax, statementTimeoutMs: config.statementTimeoutMs });
    await dataSource.initialize();
    if (url === ownerUrl) await migrate(dataSource, logger);
    followClock(dataSource, clock);
    embedded?.supervise();
    const ready = dataSource;
    let reads: ReadReplica | undefined;
    if (config.databaseReadUrl) {
      const replica = createDataSource({
        url: config.databaseReadUrl,
        poolMax: config.dbPoolMax,
        statementTimeoutMs: config.statementTimeoutMs,
        applicationName: 'soilhub-read',
      });
      followClock(replica, clock);
      reads = new ReadReplica(ready, replica, config.readMaxLagMs, logger);
      await reads.start();
    }
    return {
      dataSource: ready,
      url,
      embedded,
      reads,
      async close() {
        await reads?.stop();
        if (ready.isInitialized) await ready.destroy();
        await embedded?.stop();
      },
    };
  } catch (err) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
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

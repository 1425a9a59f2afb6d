import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../registry/modules';
import { migrations } from './migrations';
import { StatementCountingLogger } from './statement-counter';

// A DATE is a calendar day, not an instant: keep it as its text so no time zone can shift it.
types.setTypeParser(types.builtins.DATE, (value) => value);

export interface DataSourceOptions {
  url: string;
  poolMax: number;
  statementTimeoutMs: number;
  /** Shown in pg_stat_activity; 'soilhub' unless given. */
  applicationName?: string;
}

/** The hub's TypeORM data source: migrations only (never synchronize), no ORM cache. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: new StatementCountingLogger(),
    applicationName: options.applicationName ?? 'soilhub',
    extra: {
      max: options.poolMax,
      statement_timeout: options.statementTimeoutMs,
      connectionTimeoutMillis: 10_000,
    },
  });
}

/** Names of the migrations the code knows that the database has not run yet. */
export async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const table = await ds.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  if (!table[0].present) return known;
  const ran = new Set((await ds.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name));
  return known.filter((name) => !ran.has(name));
}

import { createDataSource } from './data-source';

/** For the TypeORM CLI (`npm run migration:generate`): needs DATABASE_URL. */
if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL must point at a scratch PostgreSQL to generate a migration');
}

export default createDataSource({ url: process.env.DATABASE_URL, poolMax: 2, statementTimeoutMs: 60_000 });

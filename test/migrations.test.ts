import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { migrations } from '../src/db/migrations';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

describe('migrations', () => {
  it('every file in migrations/ is registered, in timestamp order', () => {
    const files = fs
      .readdirSync(path.join(__dirname, '..', 'migrations'))
      .filter((f) => f.endsWith('.ts'))
      .sort();
    const timestamps = files.map((f) => Number(f.split('-')[0]));
    expect(migrations.map((m) => Number(/(\d{13})$/.exec(m.name)![1]))).toEqual(timestamps);
  });

  describe('on a migrated database', () => {
    let db: TestDatabase;
    let ds: DataSource;
    beforeAll(async () => {
      db = await createTestDatabase();
      ds = createDataSource({ url: db.url, poolMax: 2, statementTimeoutMs: 60_000 });
      await ds.initialize();
    });
    afterAll(async () => {
      await ds.destroy();
      await db.drop();
    });

    it('the entities and the migrations describe the same schema', async () => {
      const { upQueries } = await ds.driver.createSchemaBuilder().log();
      expect(upQueries.map((q) => q.query)).toEqual([]);
    });

    it('every migration can be reverted and applied again', async () => {
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query(`SELECT to_regclass('county') AS t`)).toEqual([{ t: null }]);
      await ds.runMigrations({ transaction: 'each' });
      expect(await ds.query('SELECT count(*)::int AS n FROM county')).toEqual([{ n: 11 }]);
    });
  });
});

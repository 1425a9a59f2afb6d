import { createDataSource } from '../../db/data-source';
import { createTestDatabase } from '../../../test/helpers/test-database';
import { standardTables, type StandardTables } from '../standards/standard-tables';

/** The two standards as the migrations load them, from a fresh test database dropped straight after. */
export async function loadedStandards(): Promise<StandardTables> {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolMax: 1, statementTimeoutMs: 10_000 });
  try {
    await ds.initialize();
    return await standardTables(ds);
  } finally {
    await ds.destroy();
    await db.drop();
  }
}

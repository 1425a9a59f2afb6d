import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every hub keeps the catalog (and the public schema cut from it) in memory: any write to a catalog entry or item,
 * by whichever hub or by SQL, is announced on channel soilhub_catalog, once per statement, and every hub sharing
 * the database reloads.
 */
export class AnnounceCatalogChanges1796320000000 implements MigrationInterface {
  name = 'AnnounceCatalogChanges1796320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION announce_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('soilhub_catalog', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['catalog_resource', 'catalog_item']) {
      await q.query(
        `CREATE TRIGGER announce_catalog_change AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION announce_catalog_change()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER announce_catalog_change ON catalog_item`);
    await q.query(`DROP TRIGGER announce_catalog_change ON catalog_resource`);
    await q.query(`DROP FUNCTION announce_catalog_change()`);
  }
}

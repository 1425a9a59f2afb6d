import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hubs keep recently used keys in memory: a change to a key (revoked, expiry moved, deleted) or to a department
 * (kind, county) is announced on channel soilhub_keys, so every hub sharing the database forgets it at once.
 * The payload is the key's prefix, or '*' for a department change.
 */
export class AnnounceKeyChanges1796180000000 implements MigrationInterface {
  name = 'AnnounceKeyChanges1796180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION announce_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('soilhub_keys', CASE WHEN TG_TABLE_NAME = 'api_key' THEN OLD.prefix ELSE '*' END);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER announce_key_change AFTER UPDATE OR DELETE ON api_key FOR EACH ROW EXECUTE FUNCTION announce_key_change()`);
    await q.query(`CREATE TRIGGER announce_key_change AFTER UPDATE OR DELETE ON department FOR EACH ROW EXECUTE FUNCTION announce_key_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER announce_key_change ON department`);
    await q.query(`DROP TRIGGER announce_key_change ON api_key`);
    await q.query(`DROP FUNCTION announce_key_change()`);
  }
}

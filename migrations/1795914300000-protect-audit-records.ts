import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit records are append-only, in PostgreSQL itself: a trigger refuses UPDATE, DELETE and TRUNCATE to every
 * role, the hub's included. Only someone who can disable triggers (a superuser, deliberately) can alter a row,
 * and the hash chain then names it.
 */
export class ProtectAuditRecords1795914300000 implements MigrationInterface {
  name = 'ProtectAuditRecords1795914300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_record is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await q.query(`CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_record_no_truncate ON audit_record`);
    await q.query(`DROP TRIGGER audit_record_append_only ON audit_record`);
    await q.query(`DROP FUNCTION refuse_audit_change()`);
  }
}

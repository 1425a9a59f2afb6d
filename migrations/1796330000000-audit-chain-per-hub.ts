import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail becomes several hash chains, one per hub instance, so that hubs sharing a database append
 * without waiting for each other. The records so far form chain 1. Chains are append-only like their records.
 */
export class AuditChainPerHub1796330000000 implements MigrationInterface {
  name = 'AuditChainPerHub1796330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_chain" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_by" text NOT NULL, CONSTRAINT "PK_b8d1381b52157dc73c080e39f09" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `INSERT INTO audit_chain (opened_at, opened_by) SELECT COALESCE(min(at), now()), 'the first chain (records before per-hub chains)' FROM audit_record`,
    );
    // A constant default fills the existing rows without rewriting them (and without firing the append-only trigger).
    await q.query(`ALTER TABLE "audit_record" ADD "chain" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "audit_record" ALTER COLUMN "chain" DROP DEFAULT`);
    await q.query(`DROP INDEX "public"."audit_record_one_successor"`);
    await q.query(`CREATE UNIQUE INDEX "audit_record_one_successor" ON "audit_record" ("chain", "prev_hash")`);
    await q.query(`CREATE INDEX "audit_record_chain_order" ON "audit_record" ("chain", "id")`);
    await q.query(
      `ALTER TABLE "audit_record" ADD CONSTRAINT "FK_017d4a1888d42089be382f6a280" FOREIGN KEY ("chain") REFERENCES "audit_chain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await q.query(`CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_chain_no_truncate ON audit_chain`);
    await q.query(`DROP TRIGGER audit_chain_append_only ON audit_chain`);
    await q.query(`ALTER TABLE "audit_record" DROP CONSTRAINT "FK_017d4a1888d42089be382f6a280"`);
    await q.query(`DROP INDEX "public"."audit_record_chain_order"`);
    await q.query(`DROP INDEX "public"."audit_record_one_successor"`);
    await q.query(`ALTER TABLE "audit_record" DROP COLUMN "chain"`);
    await q.query(`DROP TABLE "audit_chain"`);
    await q.query(`CREATE UNIQUE INDEX "audit_record_one_successor" ON "audit_record" ("prev_hash")`);
  }
}

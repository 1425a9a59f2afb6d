import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditRecords1795914295331 implements MigrationInterface {
  name = 'CreateAuditRecords1795914295331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_record" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "request_id" text, "principal_id" integer, "key_id" integer, "operation_name" text, "operation_hash" text, "purpose" text, "released" jsonb NOT NULL, "denied" jsonb NOT NULL, "grants_used" integer array NOT NULL, "outcome" text NOT NULL, "duration_ms" integer, "detail" jsonb NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_2c07dcda4cbae68f1cbbe6d7426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_12d7e20a45c9ea18453c171e11" ON "audit_record"  ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_96838c72be3fcab6b2c1b9b058" ON "audit_record"  ("principal_id", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_96838c72be3fcab6b2c1b9b058"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12d7e20a45c9ea18453c171e11"`);
    await queryRunner.query(`DROP TABLE "audit_record"`);
  }
}

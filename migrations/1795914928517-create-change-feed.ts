import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChangeFeed1795914928517 implements MigrationInterface {
  name = 'CreateChangeFeed1795914928517';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "change_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "resource" text NOT NULL, "record_id" integer NOT NULL, "op" text NOT NULL, "county_id" integer, "changed_by" integer NOT NULL, "values" jsonb NOT NULL, CONSTRAINT "PK_0ec064be863f2541f0d6f8fb94c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a27057c0f894b8fd7cb37c75ed" ON "change_event"  ("resource", "id") `);
    await queryRunner.query(`CREATE TABLE "submission" ("principal_id" integer NOT NULL, "idempotency_key" text NOT NULL, "operation" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "result" jsonb NOT NULL, CONSTRAINT "PK_8464eea754a0672e338408cae2a" PRIMARY KEY ("principal_id", "idempotency_key"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a27057c0f894b8fd7cb37c75ed"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
  }
}

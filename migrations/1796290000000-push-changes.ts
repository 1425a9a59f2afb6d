import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PushChanges1796290000000 implements MigrationInterface {
  name = 'PushChanges1796290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "push_subscriber" ("id" SERIAL NOT NULL, "name" text NOT NULL, "endpoint" text NOT NULL, "department_id" integer NOT NULL, "purpose" text, "resources" text array NOT NULL, "secret" text NOT NULL, "acked_cursor" bigint NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'active', "consecutive_failures" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "last_delivered_at" TIMESTAMP WITH TIME ZONE, "lease_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_20edc8592ee0cd2a5a2f5addfa6" UNIQUE ("name"), CONSTRAINT "PK_785e3f9d2cd0c631c482731166b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "push_delivery" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "subscriber_id" integer NOT NULL, "from_cursor" bigint NOT NULL, "to_cursor" bigint NOT NULL, "events" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" text NOT NULL, "http_status" integer, "error" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_4e649c1d557a3ee9aad6d684129" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "push_delivery_subscriber" ON "push_delivery"  ("subscriber_id", "id") `);
    await queryRunner.query(`ALTER TABLE "push_subscriber" ADD CONSTRAINT "FK_04dd665068be235622a8a402e70" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "push_delivery" ADD CONSTRAINT "FK_e87eb65ab85b5d0dc3c37534022" FOREIGN KEY ("subscriber_id") REFERENCES "push_subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "push_delivery" DROP CONSTRAINT "FK_e87eb65ab85b5d0dc3c37534022"`);
    await queryRunner.query(`ALTER TABLE "push_subscriber" DROP CONSTRAINT "FK_04dd665068be235622a8a402e70"`);
    await queryRunner.query(`DROP INDEX "public"."push_delivery_subscriber"`);
    await queryRunner.query(`DROP TABLE "push_delivery"`);
    await queryRunner.query(`DROP TABLE "push_subscriber"`);
  }
}

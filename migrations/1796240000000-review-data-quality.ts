import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Providers' answers to data-quality findings (the findings themselves are computed by the hub on each call). */
export class ReviewDataQuality1796240000000 implements MigrationInterface {
  name = 'ReviewDataQuality1796240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."finding_verdict" AS ENUM('confirmed_correct', 'corrected', 'confirmed_error')`);
    await queryRunner.query(`CREATE TABLE "data_quality_review" ("finding_key" text NOT NULL, "verdict" "public"."finding_verdict" NOT NULL, "note" text NOT NULL, "reviewed_by" integer NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c5ce5de7c0e69f49f082840c41b" PRIMARY KEY ("finding_key"))`);
    await queryRunner.query(`ALTER TABLE "data_quality_review" ADD CONSTRAINT "FK_2d61aaa01d09d8d210ea797c397" FOREIGN KEY ("reviewed_by") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_quality_review" DROP CONSTRAINT "FK_2d61aaa01d09d8d210ea797c397"`);
    await queryRunner.query(`DROP TABLE "data_quality_review"`);
    await queryRunner.query(`DROP TYPE "public"."finding_verdict"`);
  }
}

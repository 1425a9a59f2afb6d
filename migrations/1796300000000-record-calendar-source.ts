import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordCalendarSource1796300000000 implements MigrationInterface {
  name = 'RecordCalendarSource1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_day" ADD "source" text NOT NULL DEFAULT 'administrator'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_day" DROP COLUMN "source"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSiteRemovalDate1795913764688 implements MigrationInterface {
  name = 'AddSiteRemovalDate1795913764688';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contaminated_site" ADD "removed_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contaminated_site" DROP COLUMN "removed_on"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The polluted farmland area each county started from, and the soil-quality decline alert it gives (方案第（十三）条). */
export class WatchSoilQuality1796270000000 implements MigrationInterface {
  name = 'WatchSoilQuality1796270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "priority_area_baseline" ADD "polluted_area_mu" numeric`);
    // The newest year's baselines take today's polluted area: the nearest to that year's start there is.
    await queryRunner.query(
      `UPDATE priority_area_baseline b SET polluted_area_mu = (SELECT coalesce(sum(f.area_mu), 0) FROM farmland_unit f
                                                                WHERE f.county_id = b.county_id AND f.quality_class IN ('safe_use', 'strict_control'))
        WHERE b.year = (SELECT max(year) FROM priority_area_baseline)`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_67022ae708847fd256586078f5"`);
    await queryRunner.query(`ALTER TYPE "public"."alert_kind" ADD VALUE 'soil_quality_decline'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_67022ae708847fd256586078f5" ON "alert"  ("kind", "subject_key") WHERE resolved_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_67022ae708847fd256586078f5"`);
    await queryRunner.query(`CREATE TYPE "public"."alert_kind_old" AS ENUM('priority_area_decrease', 'site_sensitive_use', 'missing_self_monitoring', 'investigation_overdue')`);
    await queryRunner.query(`ALTER TABLE "alert" ALTER COLUMN "kind" TYPE "public"."alert_kind_old" USING "kind"::"text"::"public"."alert_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."alert_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."alert_kind_old" RENAME TO "alert_kind"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_67022ae708847fd256586078f5" ON "alert" USING btree ("kind", "subject_key") WHERE (resolved_at IS NULL)`);
    await queryRunner.query(`ALTER TABLE "priority_area_baseline" DROP COLUMN "polluted_area_mu"`);
  }
}

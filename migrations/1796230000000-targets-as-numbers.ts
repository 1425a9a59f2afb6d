import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 附表1's targets as numbers, read from the printed text, which stays beside them. "左右" is read as "at least the
 * value less a tolerance of one percentage point" (the hub's choice). Where the plan states a target twice in two
 * ways (第（四）条 "92%以上" against 附表1 "92%左右"), both are kept and the difference is named.
 */
const TARGETS: [seq: number, comparison: string, value: number | null, unit: string | null, tolerance: number | null, deadline: string, other: string | null, discrepancy: string | null][] = [
  [1, 'about', 92, '%', 1, '2020-12-31', '92%以上（第（四）条）',
    '附表1 为“92%左右”，第（四）条为“到2020年，全市受污染耕地安全利用率达到92%以上”：两处不一致。判定按附表1（达到 91% 即在“左右”之内），同时给出按第（四）条（不低于 92%）的结论'],
  [2, 'at_least', 90, '%', null, '2020-12-31', null, null],
  [3, 'at_least', 40000, '亩', null, '2020-12-31', null, null],
  [4, 'as_assigned', null, null, null, '2020-12-31', null, null],
  [5, 'at_least', 10000, '亩', null, '2020-12-31', null, null],
  [6, 'at_most', null, 'kg/年', null, '2020-12-31', null, '五项重金属分列（铅 506.41、汞 0.01、镉 0.44、铬 2649.87、砷 204.17 kg），为年度指标：不合为一个数值，见原文'],
  [7, 'at_least', 40, '%', null, '2020-12-31', null, null],
  [8, 'at_least', 90, '%', null, '2020-12-31', null, null],
  [9, 'at_least', 38, '%', null, '2020-12-31', null, null],
  [10, 'at_least', 100, '%', null, '2019-12-31', null, null],
  [11, 'at_least', 75, '%', null, '2019-12-31', null, null],
];

export class TargetsAsNumbers1796230000000 implements MigrationInterface {
  name = 'TargetsAsNumbers1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."target_comparison" AS ENUM('at_least', 'at_most', 'about', 'as_assigned')`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "comparison" "public"."target_comparison"`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "target_value" numeric`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "unit" text`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "tolerance" numeric`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "deadline" date`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "other_text" text`);
    await queryRunner.query(`ALTER TABLE "plan_target" ADD "discrepancy" text`);
    await this.fill(queryRunner);
  }

  private async fill(queryRunner: QueryRunner): Promise<void> {
    for (const [seq, comparison, value, unit, tolerance, deadline, other, discrepancy] of TARGETS) {
      await queryRunner.query(
        `UPDATE plan_target SET comparison = $2, target_value = $3, unit = $4, tolerance = $5, deadline = $6, other_text = $7, discrepancy = $8 WHERE seq = $1`,
        [seq, comparison, value, unit, tolerance, deadline, other, discrepancy],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "discrepancy"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "other_text"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "deadline"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "tolerance"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "unit"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "target_value"`);
    await queryRunner.query(`ALTER TABLE "plan_target" DROP COLUMN "comparison"`);
    await queryRunner.query(`DROP TYPE "public"."target_comparison"`);
  }
}

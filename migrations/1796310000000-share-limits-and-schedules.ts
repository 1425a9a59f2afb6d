import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What replicas must share: rate-limit counters (rate-limiter-flexible's PostgreSQL store; unlogged, since a count
 * need not survive a crash and must not cost WAL on every request) and the last run of each scheduled task, so
 * that a task runs once per cluster.
 */
export class ShareLimitsAndSchedules1796310000000 implements MigrationInterface {
  name = 'ShareLimitsAndSchedules1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE rate_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
    await queryRunner.query(`CREATE TABLE scheduled_task (name text PRIMARY KEY, last_run_at timestamptz NOT NULL, runs integer NOT NULL DEFAULT 0, ran_by text)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE scheduled_task`);
    await queryRunner.query(`DROP TABLE rate_limit`);
  }
}

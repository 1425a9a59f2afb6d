import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each audit record's hash was made: 1, SHA-256 (every record written before this migration); 2, HMAC-SHA256
 * under the hub's audit key, which the database never holds. Verification refuses a 1 after a 2.
 */
export class SealAuditRecords1796170000000 implements MigrationInterface {
  name = 'SealAuditRecords1796170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_record" ADD "hash_scheme" smallint NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_record" DROP COLUMN "hash_scheme"`);
  }
}

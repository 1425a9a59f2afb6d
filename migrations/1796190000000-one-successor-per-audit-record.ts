import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one audit record may follow any record: the chain cannot fork, whoever writes. This lets a hub append
 * a batch in one statement from the head it last wrote, without holding the chain's lock: a concurrent writer
 * that extended the chain first makes the statement fail on this index, and the hub retries under the lock.
 */
export class OneSuccessorPerAuditRecord1796190000000 implements MigrationInterface {
  name = 'OneSuccessorPerAuditRecord1796190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX audit_record_one_successor ON audit_record (prev_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_record_one_successor`);
  }
}

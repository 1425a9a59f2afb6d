import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One hash chain of the audit trail. Each hub instance appends to a chain of its own (it holds the chain's lease
 * while it runs), so hubs sharing a database never wait for each other's appends. Append-only like the records.
 */
@Entity({ name: 'audit_chain' })
export class AuditChainEntity {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  /** The host and process that opened it, for the operator. */
  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;
}

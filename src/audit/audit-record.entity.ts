import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AuditChainEntity } from './audit-chain.entity';

/**
 * One audited event: a department request (what it released, what it denied) or a change to the catalog,
 * a grant or a key. Append-only and hash-chained within its chain: `hash` covers the record and `prevHash`.
 */
@Entity({ name: 'audit_record' })
@Index(['principalId', 'at'])
/** Unique: a chain cannot fork, whoever writes. */
@Index('audit_record_one_successor', ['chain', 'prevHash'], { unique: true })
/** A chain's head, and the walk of one chain in order. */
@Index('audit_record_chain_order', ['chain', 'id'])
export class AuditRecordEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Index()
  @Column({ type: 'timestamptz' })
  at!: Date;

  /** query, mutation, catalog_change, grant_decision, key. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'principal_id', type: 'integer', nullable: true })
  principalId!: number | null;

  @Column({ name: 'key_id', type: 'integer', nullable: true })
  keyId!: number | null;

  @Column({ name: 'operation_name', type: 'text', nullable: true })
  operationName!: string | null;

  /** SHA-256 of the operation's text. */
  @Column({ name: 'operation_hash', type: 'text', nullable: true })
  operationHash!: string | null;

  /** The declared purpose (X-Purpose). */
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  /** Type → item → values released, and rows per type. */
  @Column({ type: 'jsonb' })
  released!: Record<string, unknown>;

  /** Items denied, with reasons and counts. */
  @Column({ type: 'jsonb' })
  denied!: unknown[];

  @Column({ name: 'grants_used', type: 'integer', array: true })
  grantsUsed!: number[];

  /** ok, error, refused. */
  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  /** Event details for changes (catalog item, grant, key). */
  @Column({ type: 'jsonb' })
  detail!: Record<string, unknown>;

  /** The chain the record belongs to: the one its hub instance held when it wrote. */
  @Column({ type: 'integer' })
  chain!: number;

  /** Declares the foreign key; records are never loaded with their chain. */
  @ManyToOne(() => AuditChainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chain' })
  chainOf?: AuditChainEntity;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;

  /** 1: SHA-256 (records before the seal); 2: HMAC-SHA256 under the hub's audit key (see audit-seal.ts). */
  @Column({ name: 'hash_scheme', type: 'smallint', default: 1 })
  hashScheme!: number;
}

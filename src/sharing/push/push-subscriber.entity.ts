import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';

/**
 * A system the hub pushes committed changes to (第（八）条: 实时向省土壤环境信息化管理平台共享): its endpoint, the
 * resources it takes, the department whose rights decide what it receives, and where its delivery stands.
 */
@Entity({ name: 'push_subscriber' })
export class PushSubscriberEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  name!: string;

  /** HTTPS (plain HTTP only to this machine's loopback). */
  @Column({ type: 'text' })
  endpoint!: string;

  /** Deliveries hold what this department may read through the change feed. */
  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<DepartmentEntity>;

  /** The purpose its reads declare (for purpose-bound grants), or none. */
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;

  /** GraphQL type names; empty: every resource the department may read. */
  @Column({ type: 'text', array: true })
  resources!: string[];

  /** The HMAC-SHA256 key its deliveries are signed with (shown once, at registration). */
  @Column({ type: 'text' })
  secret!: string;

  /** The last change event it acknowledged (2xx): delivery resumes after it. */
  @Column({ name: 'acked_cursor', type: 'bigint', default: 0 })
  ackedCursor!: string;

  /** active, paused (by the administrator) or dead (gave up after too many failures: a dead letter). */
  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'paused' | 'dead';

  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_delivered_at', type: 'timestamptz', nullable: true })
  lastDeliveredAt!: Date | null;

  /** Held by the hub delivering to it: several hubs on one database never deliver one subscriber's batch twice. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An applied submission, by its client's idempotency key: a retry gets the first result back. */
@Entity({ name: 'submission' })
export class SubmissionEntity {
  @PrimaryColumn({ name: 'principal_id', type: 'integer' })
  principalId!: number;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  operation!: string;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ type: 'jsonb' })
  result!: Record<string, unknown>;
}

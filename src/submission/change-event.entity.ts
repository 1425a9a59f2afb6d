import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: every change a department submits, written in the same transaction as the change, in order.
 * The feed (`changes`) reads it by id, so a consumer resuming from its cursor sees each change once.
 */
@Entity({ name: 'change_event' })
@Index(['resource', 'id'])
export class ChangeEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The GraphQL type of the changed record. */
  @Column({ type: 'text' })
  resource!: string;

  @Column({ name: 'record_id', type: 'integer' })
  recordId!: number;

  /** insert, update, delete. */
  @Column({ type: 'text' })
  op!: string;

  /** County of the record, for county governments' feed. */
  @Column({ name: 'county_id', type: 'integer', nullable: true })
  countyId!: number | null;

  @Column({ name: 'changed_by', type: 'integer' })
  changedBy!: number;

  /** The record's items after the change, by GraphQL field name (filtered by the reader's rights on the way out). */
  @Column({ type: 'jsonb' })
  values!: Record<string, unknown>;

  /** An update's values before it: with `values`, the record's history (who, when, before, after). */
  @Column({ type: 'jsonb', nullable: true })
  previous!: Record<string, unknown> | null;
}

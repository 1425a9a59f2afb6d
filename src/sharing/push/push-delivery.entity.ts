import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PushSubscriberEntity } from './push-subscriber.entity';

/** One attempt to deliver a batch of change events to a subscriber, whatever its outcome. */
@Entity({ name: 'push_delivery' })
@Index('push_delivery_subscriber', ['subscriberId', 'id'])
export class PushDeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'subscriber_id', type: 'integer' })
  subscriberId!: number;

  @ManyToOne(() => PushSubscriberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Relation<PushSubscriberEntity>;

  /** The batch: events after `fromCursor`, up to and including `toCursor`. */
  @Column({ name: 'from_cursor', type: 'bigint' })
  fromCursor!: string;

  @Column({ name: 'to_cursor', type: 'bigint' })
  toCursor!: string;

  @Column({ type: 'integer' })
  events!: number;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;

  /** delivered or failed. */
  @Column({ type: 'text' })
  outcome!: 'delivered' | 'failed';

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}

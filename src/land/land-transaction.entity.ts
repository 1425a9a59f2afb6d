import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { LandParcelEntity } from './land-parcel.entity';
import { TransactionKind } from './transaction-kind.enum';
import { TransactionStatus } from './transaction-status.enum';

/** A supply, reclaim, transfer or change of use of a parcel: the events that trigger site investigation. */
@Entity({ name: 'land_transaction' })
export class LandTransactionEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'parcel_id', type: 'integer' })
  parcelId!: number;

  @Column({ type: 'enum', enum: TransactionKind, enumName: 'transaction_kind' })
  kind!: TransactionKind;

  @Column({ type: 'enum', enum: TransactionStatus, enumName: 'transaction_status' })
  status!: TransactionStatus;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'from_use', type: 'text', nullable: true })
  fromUse!: string | null;

  @Column({ name: 'to_use', type: 'text', nullable: true })
  toUse!: string | null;

  @Column({ type: 'text', nullable: true })
  counterparty!: string | null;

  /** The passing approval check this approval was recorded on (方案第（二十一）条). */
  @Column({ name: 'approval_check_id', type: 'integer', nullable: true })
  approvalCheckId!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;
}

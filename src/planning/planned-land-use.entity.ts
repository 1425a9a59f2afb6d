import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { LandParcelEntity } from '../land/land-parcel.entity';

/** 规划用途 of a parcel in a 控制性详细规划. */
@Entity({ name: 'planned_land_use' })
export class PlannedLandUseEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'parcel_id', type: 'integer' })
  parcelId!: number;

  /** GB 50137 category code: R, R2, A33, A5, A6, M1, W, B, S, U, G1 … */
  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'plan_name', type: 'text' })
  planName!: string;

  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { ConstructionProjectEntity } from './construction-project.entity';
import { PermitKind } from './permit-kind.enum';

/** A planning permit touching a parcel: what the linked-supervision gate guards (方案第（二十一）条). */
@Entity({ name: 'planning_permit' })
export class PlanningPermitEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ name: 'parcel_id', type: 'integer' })
  parcelId!: number;

  @Index()
  @Column({ name: 'project_id', type: 'integer', nullable: true })
  projectId!: number | null;

  @Column({ type: 'enum', enum: PermitKind, enumName: 'permit_kind' })
  kind!: PermitKind;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ type: 'text' })
  holder!: string;

  /** The passing approval check this approval was recorded on (方案第（二十一）条). */
  @Column({ name: 'approval_check_id', type: 'integer', nullable: true })
  approvalCheckId!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;

  @ManyToOne(() => ConstructionProjectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<ConstructionProjectEntity>;
}

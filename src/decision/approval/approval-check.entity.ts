import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { LandParcelEntity } from '../../land/land-parcel.entity';
import { DepartmentEntity } from '../../reference/department.entity';
import { CheckVerdict } from '../construction/check-verdict.enum';
import { ApprovalType } from './approval-type.enum';
import type { ApprovalReasonValue } from './approval-reason.type';

/** One call of the approval gate and its verdict, kept as the approval file's evidence (方案第（二十一）条). */
@Entity({ name: 'approval_check' })
@Index(['parcelId', 'checkedAt'])
export class ApprovalCheckEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;

  @Index()
  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @Column({ name: 'parcel_id', type: 'integer' })
  parcelId!: number;

  /** The parcel's county, kept for county governments' row scope. */
  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ name: 'approval_type', type: 'enum', enum: ApprovalType, enumName: 'approval_type' })
  approvalType!: ApprovalType;

  @Column({ name: 'planned_use', type: 'text', nullable: true })
  plannedUse!: string | null;

  @Column({ name: 'land_class', type: 'smallint' })
  landClass!: number;

  @Column({ name: 'check_verdict', type: 'enum', enum: CheckVerdict, enumName: 'check_verdict' })
  checkVerdict!: CheckVerdict;

  @Column({ type: 'boolean' })
  allowed!: boolean;

  @Column({ type: 'jsonb' })
  reasons!: ApprovalReasonValue[];

  /** The newest date among the records the verdict rests on (samples, reports, register entries, planned use). */
  @Column({ name: 'data_as_of', type: 'date', nullable: true })
  dataAsOf!: string | null;

  /** The site register's version the verdict read: its newest change (contaminated_site_version). */
  @Column({ name: 'register_version', type: 'text', nullable: true })
  registerVersion!: string | null;

  /** Background values the caller gave: recorded beside the verdict, never decisive. */
  @Column({ name: 'caller_backgrounds', type: 'jsonb', default: () => "'{}'" })
  callerBackgrounds!: Record<string, number>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<DepartmentEntity>;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;
}

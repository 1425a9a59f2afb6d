import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { ProjectPhase } from './project-phase.enum';

/** A construction project on a parcel (规划、建设部门). */
@Entity({ name: 'construction_project' })
export class ConstructionProjectEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ name: 'parcel_id', type: 'integer' })
  parcelId!: number;

  @Column({ type: 'text' })
  developer!: string;

  /** GB 50137 category the project builds for. */
  @Column({ name: 'planned_use', type: 'text' })
  plannedUse!: string;

  @Column({ type: 'enum', enum: ProjectPhase, enumName: 'project_phase' })
  phase!: ProjectPhase;

  /** 建筑工程施工许可证编号, once issued. */
  @Column({ name: 'construction_permit_code', type: 'text', nullable: true, unique: true })
  constructionPermitCode!: string | null;

  @Column({ name: 'construction_permitted_on', type: 'date', nullable: true })
  constructionPermittedOn!: string | null;

  /** The passing approval check this approval was recorded on (方案第（二十一）条). */
  @Column({ name: 'approval_check_id', type: 'integer', nullable: true })
  approvalCheckId!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;
}

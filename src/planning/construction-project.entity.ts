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

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => LandParcelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcel_id' })
  parcel?: Relation<LandParcelEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { RemediationProjectEntity } from './remediation-project.entity';

/** Semi-annual progress report of a remediation project (每半年报送进展). */
@Entity({ name: 'remediation_progress_report' })
@Index(['projectId', 'period'], { unique: true })
export class RemediationProgressReportEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'project_id', type: 'integer' })
  projectId!: number;

  /** Half-year, e.g. 2018H1. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Column({ name: 'progress_percent', type: 'integer' })
  progressPercent!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => RemediationProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<RemediationProjectEntity>;
}

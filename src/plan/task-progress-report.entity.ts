import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { DepartmentEntity } from '../reference/department.entity';
import { PlanTaskEntity } from './plan-task.entity';
import { ProgressStatus } from './progress-status.enum';

/** A department's progress report on a 附表6 task, the material of the yearly assessment (方案第（四十）条). */
@Entity({ name: 'task_progress_report' })
export class TaskProgressReportEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @Index()
  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  /** Reporting period, e.g. 2018 or 2018H1. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  @Column({ type: 'enum', enum: ProgressStatus, enumName: 'progress_status' })
  status!: ProgressStatus;

  @Column({ name: 'percent_done', type: 'integer' })
  percentDone!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => PlanTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<PlanTaskEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<DepartmentEntity>;
}

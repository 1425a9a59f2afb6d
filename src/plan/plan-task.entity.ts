import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One printed row of 附表6 (工作任务分工表): a requirement with its responsible units and deadline.
 * Rows that continue a task (merged cells in the original) carry the task's number, section and work.
 */
@Entity({ name: 'plan_task' })
export class PlanTaskEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** Position of the row in the table, 1-based. */
  @Column({ name: 'row_no', type: 'integer', unique: true })
  rowNo!: number;

  /** 序号 of the task the row belongs to (printed, or implied by the gap where the table omits it). */
  @Index()
  @Column({ name: 'task_no', type: 'integer' })
  taskNo!: number;

  /** True when the table prints no 序号 for this task. */
  @Column({ name: 'task_no_implied', type: 'boolean', default: false })
  taskNoImplied!: boolean;

  /** The plan section the task implements, e.g. "（五）". */
  @Index()
  @Column({ type: 'text' })
  section!: string;

  /** 主要工作 of the task (inherited from the first row where the cell is merged). */
  @Column({ type: 'text' })
  work!: string;

  /** 工作要求 of this row. */
  @Column({ type: 'text' })
  requirement!: string;

  /** 牵头部门 cell as printed on the row that prints it. */
  @Column({ name: 'lead_text', type: 'text' })
  leadText!: string;

  /** 参与部门 cell as printed on the row that prints it. */
  @Column({ name: 'participants_text', type: 'text' })
  participantsText!: string;

  /** 责任单位 as printed. */
  @Column({ name: 'responsible_text', type: 'text' })
  responsibleText!: string;

  /** 完成时限 as printed (持续实施, 2018年底 …). */
  @Column({ name: 'deadline_text', type: 'text' })
  deadlineText!: string;

  /** The deadline as a date; null when ongoing (持续实施). */
  @Index()
  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'boolean', default: false })
  ongoing!: boolean;

  /** Line of the row in the plan's text file, for provenance. */
  @Column({ name: 'source_line', type: 'integer' })
  sourceLine!: number;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One of the 11 indicators of 附表1 (主要指标表), as printed. */
@Entity({ name: 'plan_target' })
export class PlanTargetEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'integer', unique: true })
  seq!: number;

  /** 控制指标. */
  @Column({ type: 'text' })
  indicator!: string;

  /** 2020年完成指标, verbatim (e.g. "92%左右", "100%以上\n（2019年完成）"). */
  @Column({ name: 'target_text', type: 'text' })
  targetText!: string;
}

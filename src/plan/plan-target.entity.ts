import { numeric } from '../common/numeric.transformer';
import { TargetComparison } from './target-comparison.enum';
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

  @Column({ type: 'enum', enum: TargetComparison, enumName: 'target_comparison', nullable: true })
  comparison!: TargetComparison | null;

  /** The number the printed text gives, in `unit`; null where it gives none (as assigned, the five emission caps). */
  @Column({ name: 'target_value', type: 'numeric', nullable: true, transformer: numeric })
  targetValue!: number | null;

  /** %, 亩, kg/年. */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** For ABOUT: how far below the value still counts as meeting it (chosen by the hub, said in the SDL). */
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  tolerance!: number | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  /** The same target as the plan's text states it elsewhere, when it differs (第（四）条 "92%以上"). */
  @Column({ name: 'other_text', type: 'text', nullable: true })
  otherText!: string | null;

  /** What differs and how the hub treats it. */
  @Column({ type: 'text', nullable: true })
  discrepancy!: string | null;
}

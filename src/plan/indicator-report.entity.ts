import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numeric } from '../common/numeric.transformer';
import { DepartmentEntity } from '../reference/department.entity';
import { PlanTargetEntity } from './plan-target.entity';

/**
 * A value of a 附表1 indicator the hub's data cannot compute (emissions, fertiliser use), reported by its department
 * for the city or by a county government for its county, for one year; a new report of the same replaces it.
 */
@Entity({ name: 'indicator_report' })
// One per indicator, year and area (the city when county_id is null): the unique index, NULLS NOT DISTINCT, is the migration's.
@Index('indicator_report_one_per_area', { synchronize: false })
export class IndicatorReportEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'target_id', type: 'integer' })
  targetId!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'county_id', type: 'integer', nullable: true })
  countyId!: number | null;

  @Column({ type: 'numeric', transformer: numeric })
  value!: number;

  /** Where the value comes from (statistics, survey, report). */
  @Column({ type: 'text' })
  basis!: string;

  @Column({ name: 'reported_by', type: 'integer' })
  reportedBy!: number;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @ManyToOne(() => PlanTargetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<PlanTargetEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by' })
  reporter?: Relation<DepartmentEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { DepartmentEntity } from '../reference/department.entity';
import { AssessmentConclusion } from './assessment-conclusion.enum';
import { AssessmentStage } from './assessment-stage.enum';
import { ContaminatedSiteEntity } from './contaminated-site.entity';

/** A target a risk assessment sets for an item (mg/kg), which the effect evaluation checks. */
export interface AssessmentTarget {
  analyte: string;
  value: number;
}

/**
 * 调查评估报告 of a site, filed with the environment, planning and land departments through the hub (方案第（十七）条):
 * what the approval gate reads to know a site's current state.
 */
@Entity({ name: 'site_assessment_report' })
@Index(['siteId', 'reportedOn'])
export class SiteAssessmentReportEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 报告编号. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'site_id', type: 'integer' })
  siteId!: number;

  /** The site's county, kept for county governments' row scope. */
  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'enum', enum: AssessmentStage, enumName: 'assessment_stage' })
  stage!: AssessmentStage;

  @Column({ type: 'enum', enum: AssessmentConclusion, enumName: 'assessment_conclusion' })
  conclusion!: AssessmentConclusion;

  /** The GB 36600 land class the conclusion is for (1 covers 2). */
  @Column({ name: 'land_class', type: 'smallint' })
  landClass!: number;

  /** 报告日期 (date of the expert review that passed it). */
  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  /** The earliest sampling date of the data the report rests on: an effect evaluation's samples are the site's current state. */
  @Column({ name: 'sampled_from', type: 'date', nullable: true })
  sampledFrom!: string | null;

  /** 编制单位. */
  @Column({ name: 'prepared_by', type: 'text' })
  preparedBy!: string;

  /** Risk control or remediation targets (risk assessment), mg/kg. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  targets!: AssessmentTarget[];

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'filed_by', type: 'integer' })
  filedBy!: number;

  @Column({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => ContaminatedSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<ContaminatedSiteEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filed_by' })
  filer?: Relation<DepartmentEntity>;
}

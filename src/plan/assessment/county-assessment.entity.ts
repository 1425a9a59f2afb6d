import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numeric } from '../../common/numeric.transformer';
import { RecordSource } from '../../common/record-source.enum';
import { CountyEntity } from '../../reference/county.entity';
import { AssessmentStatus } from './assessment-status.enum';

/** One item of an assessment: an indicator, the county's target, the value computed and the verdict. */
export interface AssessmentItemValue {
  seq: number;
  indicator: string;
  target: number | null;
  value: number | null;
  status: string;
  weight: number;
  formula: string;
}

/** A county government's yearly assessment against its 目标责任书 (方案第（三十七）、（四十）条). */
@Entity({ name: 'county_assessment' })
@Index(['countyId', 'year'], { unique: true })
export class CountyAssessmentEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status' })
  status!: AssessmentStatus;

  @Column({ type: 'jsonb' })
  items!: AssessmentItemValue[];

  /** Weighted share of the items with a target that are met, 0–100. */
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  score!: number | null;

  @Column({ name: 'pass_mark', type: 'numeric', transformer: numeric })
  passMark!: number;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  /** The county's own yearly progress reports the assessment read (§（三十七）). */
  @Column({ name: 'county_reports', type: 'integer' })
  countyReports!: number;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source', default: RecordSource.SUBMITTED })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

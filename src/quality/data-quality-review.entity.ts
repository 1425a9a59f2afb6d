import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../reference/department.entity';
import { FindingVerdict } from './finding-verdict.enum';

/** A provider's answer to a data-quality finding, by the finding's stable key. */
@Entity({ name: 'data_quality_review' })
export class DataQualityReviewEntity {
  @PrimaryColumn({ name: 'finding_key', type: 'text' })
  findingKey!: string;

  @Column({ type: 'enum', enum: FindingVerdict, enumName: 'finding_verdict' })
  verdict!: FindingVerdict;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'reviewed_by', type: 'integer' })
  reviewedBy!: number;

  @Column({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt!: Date;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: Relation<DepartmentEntity>;
}

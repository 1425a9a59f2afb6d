import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { RemediationProjectEntity } from './remediation-project.entity';

/** Third-party effect evaluation of a finished project; its result is disclosed (方案第（二十八）条). */
@Entity({ name: 'remediation_evaluation' })
export class RemediationEvaluationEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'project_id', type: 'integer' })
  projectId!: number;

  @Column({ type: 'text' })
  evaluator!: string;

  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn!: string;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'text' })
  conclusion!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => RemediationProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<RemediationProjectEntity>;
}

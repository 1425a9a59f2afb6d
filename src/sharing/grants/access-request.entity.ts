import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';
import { CatalogResourceEntity } from '../catalog/catalog-resource.entity';
import { RequestStatus } from './request-status.enum';

/** 共享申请: a consumer asks the provider for conditional items of a resource. */
@Entity({ name: 'access_request' })
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'consumer_id', type: 'integer' })
  consumerId!: number;

  @Index()
  @Column({ name: 'resource_id', type: 'integer' })
  resourceId!: number;

  /** Field names of the requested items. */
  @Column({ type: 'text', array: true })
  items!: string[];

  /** 用途. */
  @Column({ type: 'text' })
  purpose!: string;

  /** 依据. */
  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis!: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Index()
  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status' })
  status!: RequestStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** The provider must answer by the end of this day: 10 working days after submission. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consumer_id' })
  consumer?: Relation<DepartmentEntity>;

  @ManyToOne(() => CatalogResourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<CatalogResourceEntity>;
}

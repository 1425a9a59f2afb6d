import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { KeyEnterpriseEntity } from './key-enterprise.entity';

/** A key enterprise's yearly soil self-monitoring report, filed with 环保 and disclosed (方案第（九）条). */
@Entity({ name: 'self_monitoring_report' })
@Index(['enterpriseId', 'year'], { unique: true })
export class SelfMonitoringReportEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'enterprise_id', type: 'integer' })
  enterpriseId!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn!: string;

  /** Any item over its standard in the year's monitoring. */
  @Column({ type: 'boolean' })
  exceeded!: boolean;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'disclosed_on', type: 'date', nullable: true })
  disclosedOn!: string | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => KeyEnterpriseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<KeyEnterpriseEntity>;
}

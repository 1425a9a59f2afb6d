import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { KeyEnterpriseEntity } from './key-enterprise.entity';

/**
 * 书面通知 to a suspected site's land-use right holder to carry out the initial investigation within six months
 * (方案第（六）条，重点行业企业用地调查发现的疑似污染地块); overdue while no initial investigation report is filed.
 */
@Entity({ name: 'investigation_notice' })
export class InvestigationNoticeEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 通知文号. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ name: 'site_id', type: 'integer' })
  siteId!: number;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  /** The surveyed enterprise whose land the site is, if the survey found it. */
  @Column({ name: 'enterprise_id', type: 'integer', nullable: true })
  enterpriseId!: number | null;

  /** 土地使用权人. */
  @Column({ type: 'text' })
  holder!: string;

  @Column({ name: 'notified_on', type: 'date' })
  notifiedOn!: string;

  /** Six months after the notice. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'issued_by', type: 'integer' })
  issuedBy!: number;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => ContaminatedSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<ContaminatedSiteEntity>;

  @ManyToOne(() => KeyEnterpriseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Relation<KeyEnterpriseEntity>;
}

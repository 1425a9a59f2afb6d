import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ProjectStatus } from './project-status.enum';
import { RemediationKind } from './remediation-kind.enum';

/** 治理与修复工程 on a site (方案第（二十八）条). */
@Entity({ name: 'remediation_project' })
export class RemediationProjectEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ name: 'site_id', type: 'integer' })
  siteId!: number;

  @Column({ type: 'enum', enum: RemediationKind, enumName: 'remediation_kind' })
  kind!: RemediationKind;

  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status' })
  status!: ProjectStatus;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ name: 'planned_end_on', type: 'date', nullable: true })
  plannedEndOn!: string | null;

  @Column({ type: 'text', nullable: true })
  contractor!: string | null;

  /** 万元. */
  @Column({ name: 'investment_wan_yuan', type: 'numeric', nullable: true, transformer: numeric })
  investmentWanYuan!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => ContaminatedSiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<ContaminatedSiteEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import type { GeoJsonPolygonal } from '../common/geojson-polygon';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { RiskLevel } from './risk-level.enum';
import { SiteStatus } from './site-status.enum';

/** A suspected or registered contaminated site (疑似污染地块 / 污染地块名录). 附表3 gives the first ones. */
@Entity({ name: 'contaminated_site' })
export class ContaminatedSiteEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  /** The site's name; for 附表3 rows, the enterprise name as printed. */
  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Index()
  @Column({ type: 'enum', enum: SiteStatus, enumName: 'site_status' })
  status!: SiteStatus;

  @Column({ name: 'risk_level', type: 'enum', enum: RiskLevel, enumName: 'risk_level', nullable: true })
  riskLevel!: RiskLevel | null;

  @Column({ name: 'area_m2', type: 'numeric', nullable: true, transformer: numeric })
  areaM2!: number | null;

  @Column({ name: 'former_industry', type: 'text', nullable: true })
  formerIndustry!: string | null;

  /** 土地使用权人. */
  @Column({ name: 'land_use_holder', type: 'text', nullable: true })
  landUseHolder!: string | null;

  /** Planned uses not allowed until remediated (GB 50137 codes, e.g. R, A33). */
  @Column({ name: 'disallowed_uses', type: 'text', array: true, default: () => "'{}'" })
  disallowedUses!: string[];

  /** Why the site is listed: closed or relocated (附表3), investigation finding … */
  @Column({ type: 'text', nullable: true })
  origin!: string | null;

  @Column({ name: 'listed_on', type: 'date', nullable: true })
  listedOn!: string | null;

  /** 移出名录 date, once remediated and assessed. */
  @Column({ name: 'removed_on', type: 'date', nullable: true })
  removedOn!: string | null;

  /** The row of the plan's appendix this site comes from, if any (e.g. "附表3 #1"). */
  @Column({ name: 'plan_reference', type: 'text', nullable: true })
  planReference!: string | null;

  /** 管控区域 (方案第（十九）条): a GeoJSON Polygon or MultiPolygon (WGS-84 / CGCS2000 degrees). */
  @Column({ name: 'control_area', type: 'jsonb', nullable: true })
  controlArea!: GeoJsonPolygonal | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

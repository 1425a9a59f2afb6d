import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import type { GeoJsonPolygonal } from '../common/geojson-polygon';
import { numeric } from '../common/numeric.transformer';
import { ContaminatedSiteEntity } from '../environment/contaminated-site.entity';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { ListedIndustry } from './listed-industry.enum';
import { ParcelStatus } from './parcel-status.enum';

/** 宗地 held by the land resources department. */
@Entity({ name: 'land_parcel' })
export class LandParcelEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 宗地代码. */
  @Column({ name: 'parcel_code', type: 'text', unique: true })
  parcelCode!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ name: 'area_m2', type: 'numeric', transformer: numeric })
  areaM2!: number;

  /** 现状用途 (GB/T 21010 name, e.g. 工业用地, 耕地). */
  @Column({ name: 'current_use', type: 'text' })
  currentUse!: string;

  /** 土地使用权人. */
  @Column({ name: 'use_right_holder', type: 'text', nullable: true })
  useRightHolder!: string | null;

  @Column({ type: 'enum', enum: ParcelStatus, enumName: 'parcel_status' })
  status!: ParcelStatus;

  @Column({ name: 'permanent_basic_farmland', type: 'boolean', default: false })
  permanentBasicFarmland!: boolean;

  /** The listed industry or facility the land is or was used for (方案第（十七）条), whatever its current use is called. */
  @Column({ name: 'listed_industry', type: 'enum', enum: ListedIndustry, enumName: 'listed_industry', nullable: true })
  listedIndustry!: ListedIndustry | null;

  /** The farmland unit the parcel lies in, when it is or was farmland: heavily polluted farmland needs investigation before construction. */
  @Index()
  @Column({ name: 'farmland_unit_id', type: 'integer', nullable: true })
  farmlandUnitId!: number | null;

  /** The contaminated site on this parcel, if any. */
  @Index()
  @Column({ name: 'site_id', type: 'integer', nullable: true })
  siteId!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  longitude!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  latitude!: number | null;

  /** 宗地界址: a GeoJSON Polygon or MultiPolygon (WGS-84 / CGCS2000 degrees). Which monitoring points lie in it is computed, not linked. */
  @Column({ type: 'jsonb', nullable: true })
  boundary!: GeoJsonPolygonal | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => FarmlandUnitEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'farmland_unit_id' })
  farmlandUnit?: Relation<FarmlandUnitEntity>;

  @ManyToOne(() => ContaminatedSiteEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'site_id' })
  site?: Relation<ContaminatedSiteEntity>;
}

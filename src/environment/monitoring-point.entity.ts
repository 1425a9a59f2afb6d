import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { MonitoringPointType } from './monitoring-point-type.enum';

/** 土壤环境监测点位. Coordinates are WGS-84/CGCS2000 degrees. */
@Entity({ name: 'monitoring_point' })
export class MonitoringPointEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'point_type', type: 'enum', enum: MonitoringPointType, enumName: 'monitoring_point_type' })
  pointType!: MonitoringPointType;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'numeric', precision: 9, scale: 6, transformer: numeric })
  longitude!: number;

  @Column({ type: 'numeric', precision: 9, scale: 6, transformer: numeric })
  latitude!: number;

  /** Land use at the point, as recorded (耕地, 园地, 工业用地 …). */
  @Column({ name: 'land_use', type: 'text', nullable: true })
  landUse!: string | null;

  @Index()
  @Column({ name: 'farmland_unit_id', type: 'integer', nullable: true })
  farmlandUnitId!: number | null;

  @Index()
  @Column({ name: 'site_id', type: 'integer', nullable: true })
  siteId!: number | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn!: string | null;

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

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';

/** 重点工业园区 (附表2). */
@Entity({ name: 'industrial_park' })
export class IndustrialParkEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 序号 in 附表2. */
  @Column({ type: 'integer', nullable: true, unique: true })
  seq!: number | null;

  @Column({ type: 'text', unique: true })
  name!: string;

  /** 级别 as printed (国家级经开区, 省级高新区 …). */
  @Column({ type: 'text' })
  level!: string;

  /** 所在地区 as printed; "廊坊市区" names no single county. */
  @Column({ name: 'location_text', type: 'text' })
  locationText!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer', nullable: true })
  countyId!: number | null;

  @Column({ name: 'area_km2', type: 'numeric', transformer: numeric })
  areaKm2!: number;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { CountyEntity } from '../reference/county.entity';

/** 危险废物（含医疗废物）处理处置企业 (附表4). */
@Entity({ name: 'hazardous_waste_facility' })
export class HazardousWasteFacilityEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'integer', nullable: true, unique: true })
  seq!: number | null;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  /** 处置场类型 as printed. */
  @Column({ name: 'facility_type', type: 'text' })
  facilityType!: string;

  /** 处置方法 as printed. */
  @Column({ name: 'disposal_method', type: 'text' })
  disposalMethod!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandType } from './farmland-type.enum';
import { SoilQualityClass } from './soil-quality-class.enum';

/** 耕地单元: the unit the farmland classes are decided for. */
@Entity({ name: 'farmland_unit' })
export class FarmlandUnitEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  /** 亩. */
  @Column({ name: 'area_mu', type: 'numeric', transformer: numeric })
  areaMu!: number;

  @Column({ name: 'land_type', type: 'enum', enum: FarmlandType, enumName: 'farmland_type' })
  landType!: FarmlandType;

  @Column({ type: 'text', nullable: true })
  crop!: string | null;

  @Index()
  @Column({ name: 'quality_class', type: 'enum', enum: SoilQualityClass, enumName: 'soil_quality_class', nullable: true })
  qualityClass!: SoilQualityClass | null;

  @Column({ name: 'classified_on', type: 'date', nullable: true })
  classifiedOn!: string | null;

  /** 划定依据: the evidence the class decision cites. */
  @Column({ name: 'class_basis', type: 'text', nullable: true })
  classBasis!: string | null;

  @Column({ name: 'permanent_basic_farmland', type: 'boolean', default: false })
  permanentBasicFarmland!: boolean;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  longitude!: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numeric })
  latitude!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandUnitEntity } from './farmland-unit.entity';

/** 农田灌溉水 sample (水务 → 农业, 方案第（十）条); metals in mg/L. */
@Entity({ name: 'irrigation_water_sample' })
export class IrrigationWaterSampleEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Index()
  @Column({ name: 'farmland_unit_id', type: 'integer', nullable: true })
  farmlandUnitId!: number | null;

  @Column({ name: 'sampled_on', type: 'date' })
  sampledOn!: string;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  ph!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  hg!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  cd!: number | null;

  @Column({ name: 'as', type: 'numeric', nullable: true, transformer: numeric })
  as!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  cr6!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  pb!: number | null;

  /** Chemical oxygen demand, mg/L. */
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  cod!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => FarmlandUnitEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'farmland_unit_id' })
  farmlandUnit?: Relation<FarmlandUnitEntity>;
}

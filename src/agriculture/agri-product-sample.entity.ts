import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandUnitEntity } from './farmland-unit.entity';

/** 农产品协同监测 sample: heavy metals in the crop (mg/kg fresh weight) and whether it is over the food limit. */
@Entity({ name: 'agri_product_sample' })
export class AgriProductSampleEntity {
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

  @Column({ type: 'text' })
  crop!: string;

  @Column({ name: 'sampled_on', type: 'date' })
  sampledOn!: string;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  cd!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  pb!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  hg!: number | null;

  @Column({ name: 'as', type: 'numeric', nullable: true, transformer: numeric })
  as!: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  cr!: number | null;

  /** Over the food contaminant limit (GB 2762) for any item, as the testing lab reported. */
  @Column({ name: 'over_limit', type: 'boolean' })
  overLimit!: boolean;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => FarmlandUnitEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'farmland_unit_id' })
  farmlandUnit?: Relation<FarmlandUnitEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { CountyEntity } from '../reference/county.entity';
import { FarmlandUnitEntity } from './farmland-unit.entity';

/** 特定农产品禁止生产区域 on strict-control farmland (方案第（十五）条). */
@Entity({ name: 'prohibited_zone' })
export class ProhibitedZoneEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Index()
  @Column({ name: 'farmland_unit_id', type: 'integer', nullable: true })
  farmlandUnitId!: number | null;

  /** Products that may not be grown there. */
  @Column({ name: 'prohibited_products', type: 'text' })
  prohibitedProducts!: string;

  @Column({ name: 'area_mu', type: 'numeric', transformer: numeric })
  areaMu!: number;

  @Column({ name: 'designated_on', type: 'date' })
  designatedOn!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => FarmlandUnitEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'farmland_unit_id' })
  farmlandUnit?: Relation<FarmlandUnitEntity>;
}

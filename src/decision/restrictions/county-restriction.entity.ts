import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CountyEntity } from '../../reference/county.entity';
import { RestrictionKind } from './restriction-kind.enum';

/** A 限批 decision on a county (方案第（十三）、（四十）条), in force from `imposedOn` until it is lifted. */
@Entity({ name: 'county_restriction' })
export class CountyRestrictionEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'enum', enum: RestrictionKind, enumName: 'restriction_kind' })
  kind!: RestrictionKind;

  /** The warning or failed assessment it answers, and the decision's document. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'imposed_on', type: 'date' })
  imposedOn!: string;

  @Column({ name: 'lifted_on', type: 'date', nullable: true })
  liftedOn!: string | null;

  @Column({ name: 'recorded_by', type: 'integer' })
  recordedBy!: number;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

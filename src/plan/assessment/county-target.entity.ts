import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numeric } from '../../common/numeric.transformer';
import { RecordSource } from '../../common/record-source.enum';
import { CountyEntity } from '../../reference/county.entity';
import { PlanTargetEntity } from '../plan-target.entity';

/** A county government's target for one 附表1 indicator and year, from its 目标责任书, entered by the administrator. */
@Entity({ name: 'county_target' })
@Index(['countyId', 'targetId', 'year'], { unique: true })
export class CountyTargetEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ name: 'target_id', type: 'integer' })
  targetId!: number;

  @Column({ type: 'integer' })
  year!: number;

  /** In the indicator's unit, compared as the indicator is (at least, about, at most). */
  @Column({ name: 'target_value', type: 'numeric', transformer: numeric })
  targetValue!: number;

  /** 目标责任书 and its clause. */
  @Column({ type: 'text' })
  basis!: string;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source', default: RecordSource.SUBMITTED })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => PlanTargetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<PlanTargetEntity>;
}

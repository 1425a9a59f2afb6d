import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { CountyEntity } from '../reference/county.entity';
import { Designation } from './designation.enum';

/** A county listed in 附表5-1, 5-2 or 5-3; its printed figures are DesignatedCountyFigure rows. */
@Entity({ name: 'designated_county' })
@Index(['designation', 'countyId'], { unique: true })
export class DesignatedCountyEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'enum', enum: Designation, enumName: 'designation' })
  designation!: Designation;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

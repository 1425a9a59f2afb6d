import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { MonitoringPointEntity } from './monitoring-point.entity';

/** A soil sample taken at a monitoring point. */
@Entity({ name: 'soil_sample' })
@Index(['pointId', 'sampledOn'])
export class SoilSampleEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'point_id', type: 'integer' })
  pointId!: number;

  @Index()
  @Column({ name: 'sampled_on', type: 'date' })
  sampledOn!: string;

  @Column({ name: 'depth_top_cm', type: 'integer' })
  depthTopCm!: number;

  @Column({ name: 'depth_bottom_cm', type: 'integer' })
  depthBottomCm!: number;

  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  ph!: number | null;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => MonitoringPointEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'point_id' })
  point?: Relation<MonitoringPointEntity>;
}

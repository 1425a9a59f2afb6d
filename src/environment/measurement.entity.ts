import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { AnalyteEntity } from '../reference/analyte.entity';
import { SoilSampleEntity } from './soil-sample.entity';

/** One analyte's value in one soil sample (mg/kg dry soil unless `unit` says otherwise). */
@Entity({ name: 'measurement' })
@Index(['sampleId', 'analyteId'], { unique: true })
@Index(['analyteId', 'value'])
export class MeasurementEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'sample_id', type: 'integer' })
  sampleId!: number;

  @Column({ name: 'analyte_id', type: 'integer' })
  analyteId!: number;

  /** The reported value; for a result below detection, the detection limit. */
  @Column({ type: 'numeric', transformer: numeric })
  value!: number;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ name: 'below_detection', type: 'boolean', default: false })
  belowDetection!: boolean;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => SoilSampleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sample_id' })
  sample?: Relation<SoilSampleEntity>;

  @ManyToOne(() => AnalyteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'analyte_id' })
  analyte?: Relation<AnalyteEntity>;
}

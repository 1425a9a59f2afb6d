import { Column, Entity, JoinColumn, ManyToOne, type Relation, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/numeric.transformer';
import { AnalyteEntity } from './analyte.entity';
import { PhBand } from './ph-band.enum';

/** One value of GB 15618-2018 (农用地): screening (Tables 1, 2) or intervention (Table 3). */
@Entity({ name: 'gb15618_threshold' })
@Index(['analyteId', 'kind', 'landType', 'phBand'], { unique: true })
export class Gb15618ThresholdEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'analyte_id', type: 'integer' })
  analyteId!: number;

  /** screening (风险筛选值) or intervention (风险管制值). */
  @Column({ type: 'text' })
  kind!: 'screening' | 'intervention';

  /** paddy, other, orchard or all, as in the standard; null where the table has no land-type split. */
  @Column({ name: 'land_type', type: 'text', nullable: true })
  landType!: 'paddy' | 'other' | 'orchard' | 'all' | null;

  /** Null for Table 2 items, which have one value for every pH. */
  @Column({ name: 'ph_band', type: 'enum', enum: PhBand, enumName: 'ph_band', nullable: true })
  phBand!: PhBand | null;

  /** mg/kg, exactly as printed. */
  @Column({ type: 'numeric', transformer: numeric })
  value!: number;

  @ManyToOne(() => AnalyteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'analyte_id' })
  analyte?: Relation<AnalyteEntity>;
}

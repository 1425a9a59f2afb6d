import { Column, Entity, JoinColumn, ManyToOne, type Relation, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/numeric.transformer';
import { AnalyteEntity } from './analyte.entity';

/** One item of GB 36600-2018 (建设用地): screening and intervention values for class 1 and class 2 land. */
@Entity({ name: 'gb36600_threshold' })
export class Gb36600ThresholdEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'analyte_id', type: 'integer', unique: true })
  analyteId!: number;

  /** basic (Table 1, 45 items) or other (Table 2, 40 items). */
  @Column({ name: 'standard_table', type: 'text' })
  standardTable!: 'basic' | 'other';

  /** Item number within its table. */
  @Column({ name: 'item_no', type: 'integer' })
  itemNo!: number;

  /** Item name as printed in the standard. */
  @Column({ name: 'item_name', type: 'text' })
  itemName!: string;

  @Column({ name: 'screening_class1', type: 'numeric', transformer: numeric })
  screeningClass1!: number;

  @Column({ name: 'screening_class2', type: 'numeric', transformer: numeric })
  screeningClass2!: number;

  @Column({ name: 'intervention_class1', type: 'numeric', transformer: numeric })
  interventionClass1!: number;

  @Column({ name: 'intervention_class2', type: 'numeric', transformer: numeric })
  interventionClass2!: number;

  @ManyToOne(() => AnalyteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'analyte_id' })
  analyte?: Relation<AnalyteEntity>;
}

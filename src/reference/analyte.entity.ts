import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AnalyteCategory } from './analyte-category.enum';

/** A measured item (监测项目) of the two soil standards. */
@Entity({ name: 'analyte' })
export class AnalyteEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** Element symbol (Cd, Cr6 for Cr(VI)), a name for totals (DDT_total), otherwise the CAS number. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  symbol!: string | null;

  @Column({ type: 'text', nullable: true })
  cas!: string | null;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'enum', enum: AnalyteCategory, enumName: 'analyte_category' })
  category!: AnalyteCategory;
}

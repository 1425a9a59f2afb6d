import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numeric } from '../common/numeric.transformer';
import { RecordSource } from '../common/record-source.enum';
import { AnalyteEntity } from '../reference/analyte.entity';
import { CountyEntity } from '../reference/county.entity';

/**
 * 土壤环境背景值 of arsenic, cobalt or vanadium (GB 36600-2018 表1、表2 注①), for the whole city or one county,
 * with where it comes from: maintained by the environment department, never taken from a caller.
 */
@Entity({ name: 'background_value' })
// One value per item and area (the whole city when county_id is null): the unique index, NULLS NOT DISTINCT, is the migration's.
@Index('background_value_one_per_area', { synchronize: false })
export class BackgroundValueEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'analyte_id', type: 'integer' })
  analyteId!: number;

  /** Null: the whole city. */
  @Column({ name: 'county_id', type: 'integer', nullable: true })
  countyId!: number | null;

  /** mg/kg. */
  @Column({ type: 'numeric', transformer: numeric })
  value!: number;

  /** 依据：文件或报告名称、发布单位和年份. */
  @Column({ type: 'text' })
  basis!: string;

  @Column({ name: 'updated_by', type: 'integer' })
  updatedBy!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => AnalyteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'analyte_id' })
  analyte?: Relation<AnalyteEntity>;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

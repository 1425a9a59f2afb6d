import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numeric } from '../common/numeric.transformer';
import { DesignatedCountyEntity } from './designated-county.entity';

/** One printed line of 附表5: a crop (小麦, 玉米, 蔬菜), its 小计, or the pigs marketed. */
@Entity({ name: 'designated_county_figure' })
export class DesignatedCountyFigureEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'designated_county_id', type: 'integer' })
  designatedCountyId!: number;

  /** 小麦, 玉米, 小计, 蔬菜 or 生猪, as printed (蔬菜/生猪 name the table's subject). */
  @Column({ type: 'text' })
  item!: string;

  @Column({ name: 'is_subtotal', type: 'boolean', default: false })
  isSubtotal!: boolean;

  /** 种植面积 (hm²). */
  @Column({ name: 'planting_area_hm2', type: 'numeric', nullable: true, transformer: numeric })
  plantingAreaHm2!: number | null;

  /** 产量 (t/a). */
  @Column({ name: 'output_tonnes_per_year', type: 'numeric', nullable: true, transformer: numeric })
  outputTonnesPerYear!: number | null;

  /** 出栏量 (头). */
  @Column({ name: 'marketed_head', type: 'integer', nullable: true })
  marketedHead!: number | null;

  @ManyToOne(() => DesignatedCountyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'designated_county_id' })
  designatedCounty?: Relation<DesignatedCountyEntity>;
}

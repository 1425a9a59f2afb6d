import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { numeric } from '../../common/numeric.transformer';
import { CountyEntity } from '../../reference/county.entity';

/** A county's priority-protection farmland area when first seen in a year: the area must not fall below it. */
@Entity({ name: 'priority_area_baseline' })
export class PriorityAreaBaselineEntity {
  @PrimaryColumn({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** 亩. */
  @Column({ name: 'area_mu', type: 'numeric', transformer: numeric })
  areaMu!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

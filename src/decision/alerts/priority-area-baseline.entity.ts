import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { numeric } from '../../common/numeric.transformer';
import { CountyEntity } from '../../reference/county.entity';

/** A county's farmland areas when first seen in a year: priority protection must not fall, polluted land must not grow. */
@Entity({ name: 'priority_area_baseline' })
export class PriorityAreaBaselineEntity {
  @PrimaryColumn({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** 亩. */
  @Column({ name: 'area_mu', type: 'numeric', transformer: numeric })
  areaMu!: number;

  /** 亩 of safe-use and strict-control farmland then: soil quality declines when it grows. Null before it was kept. */
  @Column({ name: 'polluted_area_mu', type: 'numeric', nullable: true, transformer: numeric })
  pollutedAreaMu!: number | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

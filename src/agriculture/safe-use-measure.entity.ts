import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { numeric } from '../common/numeric.transformer';
import { FarmlandUnitEntity } from './farmland-unit.entity';

/** 安全利用措施 applied on a safe-use unit (农艺调控、替代种植 …, 方案第（十四）条). */
@Entity({ name: 'safe_use_measure' })
export class SafeUseMeasureEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Index()
  @Column({ name: 'farmland_unit_id', type: 'integer' })
  farmlandUnitId!: number;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'area_mu', type: 'numeric', transformer: numeric })
  areaMu!: number;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => FarmlandUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'farmland_unit_id' })
  farmlandUnit?: Relation<FarmlandUnitEntity>;
}

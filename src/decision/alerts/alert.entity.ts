import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CountyEntity } from '../../reference/county.entity';
import { AlertKind } from './alert-kind.enum';

/** A warning raised when its condition appears and resolved when it goes; at most one open per kind and subject. */
@Entity({ name: 'alert' })
@Index(['kind', 'subjectKey'], { unique: true, where: 'resolved_at IS NULL' })
export class AlertEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'enum', enum: AlertKind, enumName: 'alert_kind' })
  kind!: AlertKind;

  /** What the alert is about, stable across scans: county and year, parcel and use, enterprise and year. */
  @Column({ name: 'subject_key', type: 'text' })
  subjectKey!: string;

  /** The subject in words (县名, 宗地代码, 企业名称). */
  @Column({ type: 'text' })
  subject!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Column({ type: 'text' })
  message!: string;

  @Index()
  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CountyEntity } from './county.entity';
import { DepartmentKind } from './department-kind.enum';

/** A principal of the sharing mechanism: a municipal department, a county government, the province, the public. */
@Entity({ name: 'department' })
export class DepartmentEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** Stable code used by keys, the catalog and the audit trail. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'enum', enum: DepartmentKind, enumName: 'department_kind' })
  kind!: DepartmentKind;

  /** Set for county governments only. */
  @Index({ unique: true, where: 'county_id IS NOT NULL' })
  @Column({ name: 'county_id', type: 'integer', nullable: true })
  countyId!: number | null;

  @ManyToOne(() => CountyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity> | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';
import { CatalogResourceEntity } from './catalog-resource.entity';

/** A past version of a catalog entry: who changed it, when, and the entry as it was. */
@Entity({ name: 'catalog_version' })
@Index(['resourceId', 'version'], { unique: true })
export class CatalogVersionEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'resource_id', type: 'integer' })
  resourceId!: number;

  @Column({ type: 'integer' })
  version!: number;

  /** The entry and its items as JSON, as they stood at this version. */
  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  /** Null for the initial declaration loaded from the repository. */
  @Column({ name: 'changed_by', type: 'integer', nullable: true })
  changedBy!: number | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'hub_now()' })
  changedAt!: Date;

  @Column({ name: 'change_note', type: 'text' })
  changeNote!: string;

  @ManyToOne(() => CatalogResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<CatalogResourceEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by' })
  changer?: Relation<DepartmentEntity>;
}

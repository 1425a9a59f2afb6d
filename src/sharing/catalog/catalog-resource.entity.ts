import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';

/** An entry of the 资源共享目录: one resource (a GraphQL object type backed by a table). */
@Entity({ name: 'catalog_resource' })
export class CatalogResourceEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 资源代码: classification code + sequence. */
  @Column({ type: 'text', unique: true })
  code!: string;

  /** The GraphQL object type this entry governs. */
  @Column({ name: 'type_name', type: 'text', unique: true })
  typeName!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 资源分类, e.g. 土壤环境/环境监测. */
  @Column({ type: 'text' })
  classification!: string;

  /** environment, agriculture, land, planning, plan, reference. */
  @Column({ type: 'text' })
  domain!: string;

  @Column({ name: 'provider_id', type: 'integer' })
  providerId!: number;

  /** 资源摘要. */
  @Column({ type: 'text' })
  abstract!: string;

  /** 资源格式. */
  @Column({ type: 'text' })
  format!: string;

  /** 更新周期. */
  @Column({ name: 'update_cycle', type: 'text' })
  updateCycle!: string;

  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  /** Codes of related resources. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  related!: string[];

  /** Bumped by every change; old versions are in catalog_version. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'hub_now()' })
  updatedAt!: Date;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Relation<DepartmentEntity>;
}

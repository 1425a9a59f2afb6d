import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DisclosureTier } from '../disclosure-tier.enum';
import { SharingType } from '../sharing-type.enum';
import { CatalogResourceEntity } from './catalog-resource.entity';

/** A data item (信息项) of a catalog resource: one field of its GraphQL type, with its sharing rules. */
@Entity({ name: 'catalog_item' })
@Index(['resourceId', 'fieldName'], { unique: true })
export class CatalogItemEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'resource_id', type: 'integer' })
  resourceId!: number;

  /** The GraphQL field name. */
  @Column({ name: 'field_name', type: 'text' })
  fieldName!: string;

  /** 信息项名称 (Chinese). */
  @Column({ type: 'text' })
  label!: string;

  /** 数据类型, as the schema gives it (String, Float, County, [SoilSample] …). */
  @Column({ name: 'data_type', type: 'text' })
  dataType!: string;

  @Column({ name: 'sharing_type', type: 'enum', enum: SharingType, enumName: 'sharing_type' })
  sharingType!: SharingType;

  /** 共享条件 (for conditional items) or the legal basis (for items not shared). */
  @Column({ name: 'sharing_condition', type: 'text', nullable: true })
  sharingCondition!: string | null;

  /** 共享方式. */
  @Column({ name: 'sharing_method', type: 'text' })
  sharingMethod!: string;

  /** 开放属性: open to the public. */
  @Column({ name: 'open_to_public', type: 'boolean', default: false })
  openToPublic!: boolean;

  @Column({ name: 'openness_condition', type: 'text', nullable: true })
  opennessCondition!: string | null;

  @Column({ name: 'disclosure_tier', type: 'enum', enum: DisclosureTier, enumName: 'disclosure_tier', nullable: true })
  disclosureTier!: DisclosureTier | null;

  @ManyToOne(() => CatalogResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<CatalogResourceEntity>;
}

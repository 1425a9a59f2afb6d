import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DepartmentEntity } from '../../reference/department.entity';
import { CatalogResourceEntity } from '../catalog/catalog-resource.entity';
import { AccessRequestEntity } from './access-request.entity';

/** 授权: what an approved request lets a consumer read, for how long, over which rows. */
@Entity({ name: 'access_grant' })
@Index(['consumerId', 'revokedAt'])
export class AccessGrantEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ name: 'request_id', type: 'integer', unique: true })
  requestId!: number;

  @Column({ name: 'consumer_id', type: 'integer' })
  consumerId!: number;

  @Index()
  @Column({ name: 'resource_id', type: 'integer' })
  resourceId!: number;

  @Column({ type: 'text', array: true })
  items!: string[];

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo!: Date;

  /** Counties the grant covers; null for every row. */
  @Column({ name: 'county_scope', type: 'integer', array: true, nullable: true })
  countyScope!: number[] | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;

  @ManyToOne(() => AccessRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<AccessRequestEntity>;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consumer_id' })
  consumer?: Relation<DepartmentEntity>;

  @ManyToOne(() => CatalogResourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<CatalogResourceEntity>;
}

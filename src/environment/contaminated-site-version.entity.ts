import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every state a site's register entry has been in, kept by a trigger on contaminated_site (valid from, valid to):
 * the register and its negative lists read as of a date. Entries loaded before versioning start at -infinity.
 */
@Entity({ name: 'contaminated_site_version' })
@Index(['siteId', 'validFrom'])
// At most one open version per site: the partial unique index is the migration's.
@Index('contaminated_site_version_open', { synchronize: false })
export class ContaminatedSiteVersionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'site_id', type: 'integer' })
  siteId!: number;

  /** The row as it was (to_jsonb of contaminated_site). */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo!: Date | null;
}

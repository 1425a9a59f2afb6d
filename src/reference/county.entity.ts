import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CountyKind } from './county-kind.enum';

/** 县级行政区 as stored. */
@Entity({ name: 'county' })
export class CountyEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** GB/T 2260 code; the development zone has none. */
  @Column({ type: 'text', nullable: true, unique: true })
  code!: string | null;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'enum', enum: CountyKind, enumName: 'county_kind' })
  kind!: CountyKind;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordSource } from '../common/record-source.enum';
import { CountyEntity } from '../reference/county.entity';
import { CreditRating } from './credit-rating.enum';
import { EnterpriseStatus } from './enterprise-status.enum';
import { IndustrialParkEntity } from './industrial-park.entity';

/** 土壤环境重点监管企业 (方案第（九）条). */
@Entity({ name: 'key_enterprise' })
export class KeyEnterpriseEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT' })
  id!: number;

  /** 统一社会信用代码 (18 characters). */
  @Column({ name: 'credit_code', type: 'text', unique: true })
  creditCode!: string;

  @Column({ type: 'text' })
  name!: string;

  /** 行业 (有色金属冶炼, 化工, 电镀 …). */
  @Column({ type: 'text' })
  industry!: string;

  @Index()
  @Column({ name: 'county_id', type: 'integer' })
  countyId!: number;

  @Index()
  @Column({ name: 'park_id', type: 'integer', nullable: true })
  parkId!: number | null;

  @Column({ type: 'enum', enum: EnterpriseStatus, enumName: 'enterprise_status' })
  status!: EnterpriseStatus;

  @Column({ name: 'credit_rating', type: 'enum', enum: CreditRating, enumName: 'credit_rating', nullable: true })
  creditRating!: CreditRating | null;

  /** 环境污染强制责任保险. */
  @Column({ name: 'liability_insurance', type: 'boolean', default: false })
  liabilityInsurance!: boolean;

  /** 土壤污染防治责任书已签订. */
  @Column({ name: 'responsibility_letter_signed', type: 'boolean', default: false })
  responsibilityLetterSigned!: boolean;

  @Column({ type: 'enum', enum: RecordSource, enumName: 'record_source' })
  source!: RecordSource;

  @ManyToOne(() => CountyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_id' })
  county?: Relation<CountyEntity>;

  @ManyToOne(() => IndustrialParkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'park_id' })
  park?: Relation<IndustrialParkEntity>;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { CreditRating } from './credit-rating.enum';
import { EnterpriseStatus } from './enterprise-status.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('KeyEnterprise', { description: '土壤环境重点监管企业（方案第（九）条）' })
export class KeyEnterprise {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '统一社会信用代码' })
  creditCode!: string;

  @Field({ nullable: true, description: '企业名称' })
  name!: string;

  @Field({ nullable: true, description: '行业' })
  industry!: string;

  @Field(() => EnterpriseStatus, { nullable: true, description: '状态' })
  status!: EnterpriseStatus;

  @Field(() => CreditRating, { nullable: true, description: '环境信用评价等级' })
  creditRating!: CreditRating | null;

  @Field({ nullable: true, description: '是否投保环境污染强制责任保险' })
  liabilityInsurance!: boolean;

  @Field({ nullable: true, description: '是否签订土壤污染防治责任书' })
  responsibilityLetterSigned!: boolean;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  parkId!: number | null;
}

export const toEnterprise = toNode(KeyEnterprise);

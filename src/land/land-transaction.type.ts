import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';
import { TransactionKind } from './transaction-kind.enum';
import { TransactionStatus } from './transaction-status.enum';

@ObjectType('LandTransaction', { description: '土地供应、收回、转让、改变用途（触发土壤环境调查的事项）' })
export class LandTransaction {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => TransactionKind, { nullable: true, description: '类型' })
  kind!: TransactionKind;

  @Field(() => TransactionStatus, { nullable: true, description: '办理状态' })
  status!: TransactionStatus;

  @Field(() => LocalDate, { nullable: true, description: '决定日期' })
  decidedOn!: string | null;

  @Field(() => String, { nullable: true, description: '原用途' })
  fromUse!: string | null;

  @Field(() => String, { nullable: true, description: '新用途' })
  toUse!: string | null;

  @Field(() => String, { nullable: true, description: '相对方（受让人等）' })
  counterparty!: string | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  parcelId!: number;
}

export const toTransaction = toNode(LandTransaction);

import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('InvestigationNotice', { description: '疑似污染地块初步调查书面通知（方案第（六）条：书面通知土地使用权人六个月内完成初步调查）' })
export class InvestigationNotice {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '通知文号' })
  code!: string;

  @Field({ nullable: true, description: '土地使用权人' })
  holder!: string;

  @Field(() => LocalDate, { nullable: true, description: '通知日期' })
  notifiedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '初步调查期限（通知后六个月）' })
  dueOn!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  siteId!: number;
  countyId!: number;
  enterpriseId!: number | null;
}

export const toInvestigationNotice = toNode(InvestigationNotice);

import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('BackgroundValue', { description: '土壤环境背景值（砷、钴、钒；GB 36600-2018 表1、表2 注①），由环保部门维护' })
export class BackgroundValue {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Float, { nullable: true, description: '背景值（mg/kg）' })
  value!: number;

  @Field({ nullable: true, description: '依据（文件或报告名称、发布单位和年份）' })
  basis!: string;

  @Field(() => DateTime, { nullable: true, description: '最近修改时间' })
  updatedAt!: Date;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  analyteId!: number;
  countyId!: number | null;
}

export const toBackgroundValue = toNode(BackgroundValue);

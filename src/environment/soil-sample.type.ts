import { LocalDate } from '../common/local-date.scalar';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('SoilSample', { description: '土壤样品' })
export class SoilSample {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '样品编码' })
  code!: string;

  @Field(() => LocalDate, { nullable: true, description: '采样日期' })
  sampledOn!: string;

  @Field(() => Int, { nullable: true, description: '采样深度上限（cm）' })
  depthTopCm!: number;

  @Field(() => Int, { nullable: true, description: '采样深度下限（cm）' })
  depthBottomCm!: number;

  @Field(() => Float, { nullable: true, description: 'pH 值' })
  ph!: number | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  pointId!: number;
}

export const toSample = toNode(SoilSample);

import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SoilIndicator', { description: '附表1 以外、由平台数据计算的统计指标（监测覆盖、优先保护类耕地面积、企业自行监测和公开）' })
export class SoilIndicator {
  @Field({ nullable: true, description: '指标代码' })
  code!: string;

  @Field({ nullable: true, description: '指标名称' })
  name!: string;

  @Field(() => Float, { nullable: true, description: '数值' })
  value!: number | null;

  @Field({ nullable: true, description: '单位' })
  unit!: string;

  @Field({ nullable: true, description: '计算公式' })
  formula!: string;

  @Field(() => Float, { nullable: true, description: '分子' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: '分母' })
  denominator!: number | null;
}

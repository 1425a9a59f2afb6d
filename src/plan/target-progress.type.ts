import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TargetStatus } from './target-status.enum';

@ObjectType('TargetProgress', { description: '指标的完成情况：由平台数据计算，附计算公式和所用记录' })
export class TargetProgress {
  @Field(() => String, { nullable: true, description: '范围：县级行政区名称；空为全市' })
  county!: string | null;

  @Field(() => Int, { nullable: true, description: '年度（按当年 12 月 31 日的数据）' })
  year!: number;

  @Field(() => Float, { nullable: true, description: '计算值（单位同指标）；不能计算时为空' })
  value!: number | null;

  @Field(() => TargetStatus, { nullable: true, description: '按附表1 判定的完成情况' })
  status!: TargetStatus;

  @Field(() => TargetStatus, { nullable: true, description: '按方案正文的另一种表述判定的完成情况（两处表述不一致时）' })
  statusByOtherText!: TargetStatus | null;

  @Field(() => String, { nullable: true, description: '计算公式' })
  formula!: string;

  @Field(() => Float, { nullable: true, description: '分子' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: '分母' })
  denominator!: number | null;

  @Field(() => Int, { nullable: true, description: '计入的记录数' })
  records!: number | null;

  @Field(() => String, { nullable: true, description: '所用记录：可在部门 GraphQL 接口上运行的查询' })
  evidence!: string | null;

  @Field(() => String, { nullable: true, description: '说明：口径、局限，或不能计算的原因和报送部门' })
  note!: string;
}

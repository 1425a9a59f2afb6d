import { LocalDate } from '../common/local-date.scalar';
import { TargetComparison } from './target-comparison.enum';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toNode } from '../graphql/to-node';

@ObjectType('PlanTarget', { description: '土壤污染防治主要指标（附表1）' })
export class PlanTarget {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '序号' })
  seq!: number;

  @Field({ nullable: true, description: '控制指标' })
  indicator!: string;

  @Field({ nullable: true, description: '2020年完成指标（原文）' })
  targetText!: string;

  @Field(() => TargetComparison, { nullable: true, description: '判定方式（由原文读出）' })
  comparison!: TargetComparison | null;

  @Field(() => Float, { nullable: true, description: '目标值（原文中的数值；没有数值的为空）' })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: '单位' })
  unit!: string | null;

  @Field(() => Float, { nullable: true, description: '“左右”的容差：低于目标值不超过此数仍算达到（平台的取值：1 个百分点）' })
  tolerance!: number | null;

  @Field(() => LocalDate, { nullable: true, description: '完成期限' })
  deadline!: string | null;

  @Field(() => String, { nullable: true, description: '方案正文中对同一指标的另一种表述（与附表1 不一致时）' })
  otherText!: string | null;

  @Field(() => String, { nullable: true, description: '不一致之处及平台的处理' })
  discrepancy!: string | null;
}

export const toTarget = toNode(PlanTarget);

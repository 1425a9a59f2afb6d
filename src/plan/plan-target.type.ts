import { Field, ID, Int, ObjectType } from 'type-graphql';
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
}

export const toTarget = toNode(PlanTarget);

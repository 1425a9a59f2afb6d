import { LocalDate } from '../common/local-date.scalar';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toNode } from '../graphql/to-node';

@ObjectType('PlanTask', { description: '工作任务分工表（附表6）中的一行：一项工作要求及其责任单位和完成时限' })
export class PlanTask {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '在附表6 中的行次（从 1 起）' })
  rowNo!: number;

  @Field(() => Int, { nullable: true, description: '任务序号（附表6 未印序号的任务按前后序号推定）' })
  taskNo!: number;

  @Field({ nullable: true, description: '任务序号是否为推定' })
  taskNoImplied!: boolean;

  @Field({ nullable: true, description: '对应方案条款，如“（五）”' })
  section!: string;

  @Field({ nullable: true, description: '主要工作' })
  work!: string;

  @Field({ nullable: true, description: '工作要求' })
  requirement!: string;

  @Field({ nullable: true, description: '牵头部门（原文）' })
  leadText!: string;

  @Field({ nullable: true, description: '参与部门（原文）' })
  participantsText!: string;

  @Field({ nullable: true, description: '责任单位（原文）' })
  responsibleText!: string;

  @Field({ nullable: true, description: '完成时限（原文）' })
  deadlineText!: string;

  @Field(() => LocalDate, { nullable: true, description: '完成时限日期（“2018年底”为 2018-12-31；持续实施为空）' })
  deadline!: string | null;

  @Field({ nullable: true, description: '是否持续实施' })
  ongoing!: boolean;

  @Field(() => Int, { nullable: true, description: '在方案文本中的行号（出处）' })
  sourceLine!: number;
}

export const toTask = toNode(PlanTask);

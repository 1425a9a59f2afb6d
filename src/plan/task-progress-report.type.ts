import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';
import { ProgressStatus } from './progress-status.enum';

@ObjectType('TaskProgressReport', { description: '部门对附表6 任务的进展报告（年度考核材料）' })
export class TaskProgressReport {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '报告期（如 2018 或 2018H1）' })
  period!: string;

  @Field(() => LocalDate, { nullable: true, description: '报送日期' })
  reportedOn!: string;

  @Field(() => ProgressStatus, { nullable: true, description: '进展状态' })
  status!: ProgressStatus;

  @Field(() => Int, { nullable: true, description: '完成比例（%）' })
  percentDone!: number;

  @Field({ nullable: true, description: '进展摘要' })
  summary!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  taskId!: number;
  departmentId!: number;
}

export const toProgress = toNode(TaskProgressReport);

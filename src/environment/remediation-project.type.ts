import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';
import { ProjectStatus } from './project-status.enum';
import { RemediationKind } from './remediation-kind.enum';

@ObjectType('RemediationProject', { description: '治理与修复工程（方案第（二十八）条）' })
export class RemediationProject {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '项目编码' })
  code!: string;

  @Field({ nullable: true, description: '项目名称' })
  name!: string;

  @Field(() => RemediationKind, { nullable: true, description: '类型' })
  kind!: RemediationKind;

  @Field(() => ProjectStatus, { nullable: true, description: '状态' })
  status!: ProjectStatus;

  @Field(() => LocalDate, { nullable: true, description: '开工日期' })
  startedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: '计划完工日期' })
  plannedEndOn!: string | null;

  @Field(() => String, { nullable: true, description: '实施单位' })
  contractor!: string | null;

  @Field(() => Float, { nullable: true, description: '投资（万元）' })
  investmentWanYuan!: number | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  siteId!: number;
}

@ObjectType('RemediationProgressReport', { description: '治理修复工程半年进展报告' })
export class RemediationProgressReport {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '报告期（如 2018H1 为 2018 年上半年）' })
  period!: string;

  @Field(() => LocalDate, { nullable: true, description: '报送日期' })
  reportedOn!: string;

  @Field(() => Int, { nullable: true, description: '完成进度（%）' })
  progressPercent!: number;

  @Field({ nullable: true, description: '进展摘要' })
  summary!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  projectId!: number;
}

@ObjectType('RemediationEvaluation', { description: '治理修复效果第三方评估' })
export class RemediationEvaluation {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '评估单位' })
  evaluator!: string;

  @Field(() => LocalDate, { nullable: true, description: '评估日期' })
  evaluatedOn!: string;

  @Field({ nullable: true, description: '是否达到修复目标' })
  passed!: boolean;

  @Field({ nullable: true, description: '评估结论' })
  conclusion!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  projectId!: number;
}

export const toRemediationProject = toNode(RemediationProject);
export const toProgressReport = toNode(RemediationProgressReport);
export const toEvaluation = toNode(RemediationEvaluation);

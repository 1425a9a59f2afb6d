import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../common/date-time.scalar';
import { toNode } from '../../graphql/to-node';
import { RecordSource } from '../../common/record-source.enum';
import { AssessmentStatus } from './assessment-status.enum';

@ObjectType('AssessmentItem', { description: '年度考核的一项：指标、县的目标、计算值和完成情况' })
export class AssessmentItem {
  @Field(() => Int, { nullable: true, description: '附表1 序号' })
  seq!: number;

  @Field({ nullable: true, description: '指标' })
  indicator!: string;

  @Field(() => Float, { nullable: true, description: '县的目标值（目标责任书）' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: '计算值' })
  value!: number | null;

  @Field({ nullable: true, description: '完成情况（met、not_met、no_data、not_computed）' })
  status!: string;

  @Field(() => Float, { nullable: true, description: '权重' })
  weight!: number;

  @Field({ nullable: true, description: '计算公式' })
  formula!: string;
}

@ObjectType('CountyAssessment', { description: '县（市、区）人民政府年度考核（方案第（三十七）、（四十）条）：起草、审核、公开' })
export class CountyAssessment {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '年度' })
  year!: number;

  @Field(() => AssessmentStatus, { nullable: true, description: '状态' })
  status!: AssessmentStatus;

  @Field(() => [AssessmentItem], { nullable: true, description: '各项指标' })
  items!: AssessmentItem[];

  @Field(() => Float, { nullable: true, description: '得分（0–100）：完成的指标权重之和占全部有目标指标权重的百分比；没有数据的按未完成计' })
  score!: number | null;

  @Field(() => Float, { nullable: true, description: '合格分数线' })
  passMark!: number;

  @Field(() => Boolean, { nullable: true, description: '是否合格；不合格的可依方案第（四十）条采取限批（imposeCountyRestriction）' })
  passed!: boolean | null;

  @Field(() => Int, { nullable: true, description: '该县当年报送的工作进展报告数（第（三十七）条）' })
  countyReports!: number;

  @Field(() => DateTime, { nullable: true, description: '起草时间' })
  draftedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '审核时间' })
  reviewedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: '公开时间' })
  publishedAt!: Date | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
}

export const toAssessment = toNode(CountyAssessment);

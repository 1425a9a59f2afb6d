import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/date-time.scalar';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';
import { AssessmentConclusion } from './assessment-conclusion.enum';
import { AssessmentStage } from './assessment-stage.enum';

@ObjectType('AssessmentTarget', { description: '风险管控或修复目标值' })
export class AssessmentTarget {
  @Field({ description: '监测项目代码（如 Pb）' })
  analyte!: string;

  @Field(() => Float, { description: '目标值（mg/kg）' })
  value!: number;
}

@ObjectType('SiteAssessmentReport', { description: '地块土壤污染状况调查评估报告（方案第（十七）条：报环保、城乡规划、国土资源部门备案）' })
export class SiteAssessmentReport {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '报告编号' })
  code!: string;

  @Field(() => AssessmentStage, { nullable: true, description: '阶段' })
  stage!: AssessmentStage;

  @Field(() => AssessmentConclusion, { nullable: true, description: '结论' })
  conclusion!: AssessmentConclusion;

  @Field(() => Int, { nullable: true, description: '结论所对应的 GB 36600 用地类别（1 或 2；第一类的结论也适用于第二类）' })
  landClass!: number;

  @Field(() => LocalDate, { nullable: true, description: '报告日期（评审通过日期）' })
  reportedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: '报告所依据样品的最早采样日期；效果评估之后的样品反映地块现状' })
  sampledFrom!: string | null;

  @Field({ nullable: true, description: '编制单位' })
  preparedBy!: string;

  @Field(() => [AssessmentTarget], { nullable: true, description: '风险管控或修复目标值' })
  targets!: AssessmentTarget[];

  @Field({ nullable: true, description: '结论摘要' })
  summary!: string;

  @Field(() => DateTime, { nullable: true, description: '备案时间' })
  filedAt!: Date;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  siteId!: number;
  countyId!: number;
  filedBy!: number;
}

export const toAssessmentReport = toNode(SiteAssessmentReport);

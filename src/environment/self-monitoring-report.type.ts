import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('SelfMonitoringReport', { description: '重点监管企业年度土壤自行监测报告（方案第（九）条）' })
export class SelfMonitoringReport {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '监测年度' })
  year!: number;

  @Field(() => LocalDate, { nullable: true, description: '报送日期' })
  reportedOn!: string;

  @Field({ nullable: true, description: '是否有项目超标' })
  exceeded!: boolean;

  @Field({ nullable: true, description: '结果摘要' })
  summary!: string;

  @Field(() => LocalDate, { nullable: true, description: '向社会公开日期（未公开为空）' })
  disclosedOn!: string | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  enterpriseId!: number;
}

export const toSelfMonitoringReport = toNode(SelfMonitoringReport);

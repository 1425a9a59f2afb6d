import { LocalDate } from '../common/local-date.scalar';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { RiskLevel } from './risk-level.enum';
import { SiteStatus } from './site-status.enum';
import { toNode } from '../graphql/to-node';
import { JsonObject } from '../common/json-object.scalar';

@ObjectType('ContaminatedSite', { description: '疑似污染地块或污染地块名录中的地块（附表3 为首批重点关停、搬迁企业地块）' })
export class ContaminatedSite {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '地块编码' })
  code!: string;

  @Field({ nullable: true, description: '地块名称（附表3 地块为原企业名称）' })
  name!: string;

  @Field(() => SiteStatus, { nullable: true, description: '状态' })
  status!: SiteStatus;

  @Field(() => RiskLevel, { nullable: true, description: '风险等级（完成风险评估后）' })
  riskLevel!: RiskLevel | null;

  @Field(() => Float, { nullable: true, description: '场地面积（m²）' })
  areaM2!: number | null;

  @Field(() => String, { nullable: true, description: '原行业' })
  formerIndustry!: string | null;

  @Field(() => String, { nullable: true, description: '土地使用权人' })
  landUseHolder!: string | null;

  @Field(() => [String], { nullable: true, description: '治理修复前不得用于的规划用途（GB 50137 代码，如 R、A33）' })
  disallowedUses!: string[];

  @Field(() => JsonObject, { nullable: true, description: '管控区域（GeoJSON Polygon 或 MultiPolygon，WGS-84/CGCS2000；方案第（十九）条）' })
  controlArea!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: '列入原因' })
  origin!: string | null;

  @Field(() => LocalDate, { nullable: true, description: '列入名录日期' })
  listedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: '移出名录日期' })
  removedOn!: string | null;

  @Field(() => String, { nullable: true, description: '方案附表出处，如“附表3 #5”' })
  planReference!: string | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
}

export const toSite = toNode(ContaminatedSite);

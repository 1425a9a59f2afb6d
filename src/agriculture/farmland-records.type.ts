import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../common/local-date.scalar';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('AgriProductSample', { description: '农产品协同监测样品（重金属，mg/kg 鲜重）' })
export class AgriProductSample {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '样品编码' })
  code!: string;

  @Field({ nullable: true, description: '作物' })
  crop!: string;

  @Field(() => LocalDate, { nullable: true, description: '采样日期' })
  sampledOn!: string;

  @Field(() => Float, { nullable: true, description: '镉' })
  cd!: number | null;

  @Field(() => Float, { nullable: true, description: '铅' })
  pb!: number | null;

  @Field(() => Float, { nullable: true, description: '汞' })
  hg!: number | null;

  @Field(() => Float, { nullable: true, description: '砷' })
  as!: number | null;

  @Field(() => Float, { nullable: true, description: '铬' })
  cr!: number | null;

  @Field({ nullable: true, description: '是否超过食品污染物限量（检测机构判定）' })
  overLimit!: boolean;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  farmlandUnitId!: number | null;
}

@ObjectType('IrrigationWaterSample', { description: '农田灌溉水样品（mg/L；pH 无量纲）' })
export class IrrigationWaterSample {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '样品编码' })
  code!: string;

  @Field(() => LocalDate, { nullable: true, description: '采样日期' })
  sampledOn!: string;

  @Field(() => Float, { nullable: true, description: 'pH 值' })
  ph!: number | null;

  @Field(() => Float, { nullable: true, description: '总汞' })
  hg!: number | null;

  @Field(() => Float, { nullable: true, description: '总镉' })
  cd!: number | null;

  @Field(() => Float, { nullable: true, description: '总砷' })
  as!: number | null;

  @Field(() => Float, { nullable: true, description: '六价铬' })
  cr6!: number | null;

  @Field(() => Float, { nullable: true, description: '总铅' })
  pb!: number | null;

  @Field(() => Float, { nullable: true, description: '化学需氧量 COD' })
  cod!: number | null;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  farmlandUnitId!: number | null;
}

@ObjectType('SafeUseMeasure', { description: '受污染耕地安全利用措施' })
export class SafeUseMeasure {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '措施（如低积累品种替代、石灰调节 pH、深翻耕）' })
  measure!: string;

  @Field(() => LocalDate, { nullable: true, description: '实施起始日期' })
  startedOn!: string;

  @Field(() => Float, { nullable: true, description: '实施面积（亩）' })
  areaMu!: number;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  farmlandUnitId!: number;
}

@ObjectType('ProhibitedZone', { description: '特定农产品禁止生产区域（严格管控类耕地）' })
export class ProhibitedZone {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '区域编码' })
  code!: string;

  @Field({ nullable: true, description: '区域名称' })
  name!: string;

  @Field({ nullable: true, description: '禁止生产的农产品' })
  prohibitedProducts!: string;

  @Field(() => Float, { nullable: true, description: '面积（亩）' })
  areaMu!: number;

  @Field(() => LocalDate, { nullable: true, description: '划定日期' })
  designatedOn!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
  farmlandUnitId!: number | null;
}

export const toProductSample = toNode(AgriProductSample);
export const toWaterSample = toNode(IrrigationWaterSample);
export const toSafeUseMeasure = toNode(SafeUseMeasure);
export const toProhibitedZone = toNode(ProhibitedZone);

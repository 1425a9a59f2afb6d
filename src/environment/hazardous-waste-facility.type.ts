import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('HazardousWasteFacility', { description: '危险废物（含医疗废物）处理处置企业（附表4）' })
export class HazardousWasteFacility {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '附表4 序号' })
  seq!: number | null;

  @Field({ nullable: true, description: '企业名称' })
  name!: string;

  @Field({ nullable: true, description: '处置场类型（原文）' })
  facilityType!: string;

  @Field({ nullable: true, description: '处置方法（原文）' })
  disposalMethod!: string;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number;
}

export const toWasteFacility = toNode(HazardousWasteFacility);

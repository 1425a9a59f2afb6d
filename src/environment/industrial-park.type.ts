import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RecordSource } from '../common/record-source.enum';
import { toNode } from '../graphql/to-node';

@ObjectType('IndustrialPark', { description: '重点工业园区（附表2）' })
export class IndustrialPark {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Int, { nullable: true, description: '附表2 序号' })
  seq!: number | null;

  @Field({ nullable: true, description: '开发区名称' })
  name!: string;

  @Field({ nullable: true, description: '级别（原文）' })
  level!: string;

  @Field({ nullable: true, description: '所在地区（原文；“廊坊市区”不对应单一县级行政区）' })
  locationText!: string;

  @Field(() => Float, { nullable: true, description: '面积（km²）' })
  areaKm2!: number;

  @Field(() => RecordSource, { nullable: true, description: '数据来源' })
  source!: RecordSource;

  countyId!: number | null;
}

export const toPark = toNode(IndustrialPark);

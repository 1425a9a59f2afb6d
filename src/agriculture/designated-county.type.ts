import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toNode } from '../graphql/to-node';
import { Designation } from './designation.enum';

@ObjectType('DesignatedCountyFigure', { description: '附表5 中的一行数字' })
export class DesignatedCountyFigure {
  @Field({ nullable: true, description: '项目（原文）：小麦、玉米、小计、蔬菜、生猪' })
  item!: string;

  @Field({ nullable: true, description: '是否为小计行' })
  isSubtotal!: boolean;

  @Field(() => Float, { nullable: true, description: '种植面积（hm²）' })
  plantingAreaHm2!: number | null;

  @Field(() => Float, { nullable: true, description: '产量（t/a）' })
  outputTonnesPerYear!: number | null;

  @Field(() => Int, { nullable: true, description: '出栏量（头）' })
  marketedHead!: number | null;

  designatedCountyId!: number;
}

@ObjectType('DesignatedCounty', { description: '产粮大县、蔬菜产业重点县、生猪调出大县（附表5）' })
export class DesignatedCounty {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field(() => Designation, { nullable: true, description: '类别' })
  designation!: Designation;

  @Field(() => Int, { nullable: true, description: '附表序号' })
  seq!: number;

  countyId!: number;
}

export const toFigure = toNode(DesignatedCountyFigure);
export const toDesignatedCounty = toNode(DesignatedCounty);

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ConstructionLandThreshold', { description: 'GB 36600-2018 建设用地土壤污染风险筛选值和管制值（mg/kg）' })
export class ConstructionLandThreshold {
  @Field(() => ID, { description: '标识' })
  id!: string;

  @Field({ nullable: true, description: '所在表：basic 表1 基本项目，other 表2 其他项目' })
  standardTable!: string;

  @Field(() => Int, { nullable: true, description: '表内序号' })
  itemNo!: number;

  @Field({ nullable: true, description: '标准中的项目名称' })
  itemName!: string;

  @Field(() => Float, { nullable: true, description: '第一类用地筛选值' })
  screeningClass1!: number;

  @Field(() => Float, { nullable: true, description: '第二类用地筛选值' })
  screeningClass2!: number;

  @Field(() => Float, { nullable: true, description: '第一类用地管制值' })
  interventionClass1!: number;

  @Field(() => Float, { nullable: true, description: '第二类用地管制值' })
  interventionClass2!: number;

  analyteId!: number;
}

import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('SoilQualitySummary', { description: '土壤环境质量统计：一个县一年一个项目的样品数和超过筛选值的比例' })
export class SoilQualitySummary {
  @Field(() => Int, { nullable: true, description: '年份' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '样品数' })
  samples!: number;

  @Field(() => Int, { nullable: true, description: '超过 GB 15618 筛选值的样品数（样品少于最小分组数时不公开）' })
  exceedances!: number | null;

  @Field(() => Float, { nullable: true, description: '超筛选值比例（样品少于最小分组数时不公开）' })
  exceedanceRate!: number | null;

  @Field({ nullable: true, description: '判定依据' })
  basis!: string;

  countyId!: number;
  analyteId!: number;
}

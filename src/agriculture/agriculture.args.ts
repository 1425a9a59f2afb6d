import { ArgsType, Field, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { Designation } from './designation.enum';
import { FarmlandType } from './farmland-type.enum';
import { SoilQualityClass } from './soil-quality-class.enum';

@ArgsType()
export class FarmlandUnitsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => [SoilQualityClass], { nullable: true, description: '按土壤环境质量类别筛选（任一）' })
  qualityClass?: SoilQualityClass[] | null;

  @Field(() => FarmlandType, { nullable: true, description: '按农用地类型筛选' })
  landType?: FarmlandType | null;
}

@ArgsType()
export class NestedFarmlandUnitsArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => [SoilQualityClass], { nullable: true, description: '按土壤环境质量类别筛选（任一）' })
  qualityClass?: SoilQualityClass[] | null;
}

@ArgsType()
export class DesignatedCountiesArgs {
  @Field(() => Designation, { nullable: true, description: '按类别筛选' })
  designation?: Designation | null;
}

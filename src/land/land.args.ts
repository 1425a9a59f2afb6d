import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { ParcelStatus } from './parcel-status.enum';

@ArgsType()
export class LandParcelsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => ParcelStatus, { nullable: true, description: '按供应状态筛选' })
  status?: ParcelStatus | null;

  @Field(() => Boolean, { nullable: true, description: '按是否永久基本农田筛选' })
  permanentBasicFarmland?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true：仅位于疑似污染地块或名录地块上的宗地' })
  onSite?: boolean | null;
}

@ArgsType()
export class NestedParcelsArgs {
  @Field(() => Int, { nullable: true, description: '最多返回条数' })
  first?: number | null;

  @Field(() => ParcelStatus, { nullable: true, description: '按供应状态筛选' })
  status?: ParcelStatus | null;
}

@ArgsType()
export class ParcelLookupArgs {
  @Field(() => ID, { nullable: true, description: '标识' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: '宗地代码' })
  parcelCode?: string | null;
}

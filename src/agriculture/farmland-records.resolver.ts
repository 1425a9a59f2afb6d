import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { Connection } from '../graphql/pagination/connection.type';
import { ConnectionArgs } from '../graphql/pagination/connection.args';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { countyIdOf } from '../reference/county-key';
import { scopedQuery } from '../graphql/scoped-query';
import { AgriProductSampleEntity } from './agri-product-sample.entity';
import { FarmlandUnitEntity } from './farmland-unit.entity';
import { FarmlandUnit, toFarmlandUnit } from './farmland-unit.type';
import {
  AgriProductSample,
  IrrigationWaterSample,
  ProhibitedZone,
  SafeUseMeasure,
  toProductSample,
  toProhibitedZone,
  toSafeUseMeasure,
  toWaterSample,
} from './farmland-records.type';
import { IrrigationWaterSampleEntity } from './irrigation-water-sample.entity';
import { ProhibitedZoneEntity } from './prohibited-zone.entity';
import { SafeUseMeasureEntity } from './safe-use-measure.entity';

export const AgriProductSampleConnection = Connection(AgriProductSample, 'AgriProductSample', '农产品样品');
export type AgriProductSampleConnection = InstanceType<typeof AgriProductSampleConnection>;

@ArgsType()
class AgriProductSamplesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;

  @Field(() => Boolean, { nullable: true, description: '按是否超标筛选' })
  overLimit?: boolean | null;
}

@ArgsType()
class ZonesArgs {
  @Field(() => String, { nullable: true, description: '县级行政区名称或行政区划代码' })
  county?: string | null;
}

@Resolver(() => AgriProductSample)
export class AgriProductSampleResolver {
  @Query(() => AgriProductSampleConnection, { description: '农产品协同监测样品' })
  async agriProductSamples(
    @Args() args: AgriProductSamplesArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AgriProductSampleConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, AgriProductSampleEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.overLimit !== null && a.overLimit !== undefined) qb.andWhere('e.over_limit = :overLimit', { overLimit: a.overLimit });
      },
      sort: [{ expr: 'e.code', value: (r) => r.code }],
      toNode: toProductSample,
      info,
      make: () => new AgriProductSampleConnection(),
    });
  }

  @Query(() => [ProhibitedZone], { description: '特定农产品禁止生产区域' })
  async prohibitedZones(@Args() args: ZonesArgs, @Ctx() ctx: HubContext): Promise<ProhibitedZone[]> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    const qb = scopedQuery(ctx, ProhibitedZoneEntity);
    if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
    const rows = await qb.orderBy('e.code', 'ASC').getMany();
    return rows.map(toProhibitedZone);
  }

  @FieldResolver(() => FarmlandUnit, { nullable: true, description: '所在耕地单元' })
  farmlandUnit(@Root() s: AgriProductSample, @Ctx() ctx: HubContext): Promise<FarmlandUnit | null> {
    return s.farmlandUnitId === null ? Promise.resolve(null) : byId(ctx, FarmlandUnitEntity, toFarmlandUnit).load(s.farmlandUnitId);
  }
}

/** What the agriculture department records on a farmland unit besides its class. */
@Resolver(() => FarmlandUnit)
export class FarmlandRecordsResolver {
  @FieldResolver(() => [AgriProductSample], { nullable: true, description: '农产品协同监测样品' })
  productSamples(@Root() u: FarmlandUnit, @Ctx() ctx: HubContext): Promise<AgriProductSample[]> {
    return manyBy(ctx, AgriProductSampleEntity, 'farmlandUnitId', toProductSample).load(Number(u.id));
  }

  @FieldResolver(() => [IrrigationWaterSample], { nullable: true, description: '灌溉水样品' })
  irrigationWaterSamples(@Root() u: FarmlandUnit, @Ctx() ctx: HubContext): Promise<IrrigationWaterSample[]> {
    return manyBy(ctx, IrrigationWaterSampleEntity, 'farmlandUnitId', toWaterSample).load(Number(u.id));
  }

  @FieldResolver(() => [SafeUseMeasure], { nullable: true, description: '安全利用措施' })
  safeUseMeasures(@Root() u: FarmlandUnit, @Ctx() ctx: HubContext): Promise<SafeUseMeasure[]> {
    return manyBy(ctx, SafeUseMeasureEntity, 'farmlandUnitId', toSafeUseMeasure).load(Number(u.id));
  }

  @FieldResolver(() => [ProhibitedZone], { nullable: true, description: '划入的特定农产品禁止生产区域' })
  prohibitedZones(@Root() u: FarmlandUnit, @Ctx() ctx: HubContext): Promise<ProhibitedZone[]> {
    return manyBy(ctx, ProhibitedZoneEntity, 'farmlandUnitId', toProhibitedZone).load(Number(u.id));
  }
}

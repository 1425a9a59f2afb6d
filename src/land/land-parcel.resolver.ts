import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ContaminatedSiteEntity } from '../environment/contaminated-site.entity';
import { ContaminatedSite, toSite } from '../environment/contaminated-site.type';
import type { HubContext } from '../graphql/context';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { children } from '../graphql/relations/children.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { PlannedLandUseEntity } from '../planning/planned-land-use.entity';
import { PlannedLandUse, toPlannedUse } from '../planning/planned-land-use.type';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { LandParcelConnection } from './land-parcel.connection';
import { LandParcelEntity } from './land-parcel.entity';
import { LandParcel, toParcel } from './land-parcel.type';
import { LandParcelsArgs, NestedParcelsArgs, ParcelLookupArgs } from './land.args';

@Resolver(() => LandParcel)
export class LandParcelResolver {
  @Query(() => LandParcelConnection, { description: '宗地列表' })
  async landParcels(@Args() args: LandParcelsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<LandParcelConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, LandParcelEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
        if (a.permanentBasicFarmland !== null && a.permanentBasicFarmland !== undefined) {
          qb.andWhere('e.permanent_basic_farmland = :pbf', { pbf: a.permanentBasicFarmland });
        }
        if (a.onSite !== null && a.onSite !== undefined) qb.andWhere(`e.site_id IS ${a.onSite ? 'NOT ' : ''}NULL`);
      },
      sort: [{ expr: 'e.parcel_code', value: (r) => r.parcelCode }],
      toNode: toParcel,
      info,
      make: () => new LandParcelConnection(),
    });
  }

  @Query(() => LandParcel, { nullable: true, description: '按标识或宗地代码查找宗地' })
  landParcel(@Args() args: ParcelLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<LandParcel | null> {
    return findOne(ctx, LandParcelEntity, lookupKey(args), toParcel, parseId, info);
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(p.countyId);
  }

  @FieldResolver(() => ContaminatedSite, { nullable: true, description: '宗地上的疑似污染地块或名录地块' })
  site(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<ContaminatedSite | null> {
    return p.siteId === null ? Promise.resolve(null) : byId(ctx, ContaminatedSiteEntity, toSite).load(p.siteId);
  }

  @FieldResolver(() => [PlannedLandUse], { nullable: true, description: '规划用途（城乡规划部门）' })
  plannedUses(@Root() p: LandParcel, @Ctx() ctx: HubContext): Promise<PlannedLandUse[]> {
    return manyBy(ctx, PlannedLandUseEntity, 'parcelId', toPlannedUse).load(Number(p.id));
  }
}

/** The land department's data reached from a county. */
@Resolver(() => County)
export class CountyLandResolver {
  @FieldResolver(() => LandParcelConnection, { nullable: true, description: '本县的宗地' })
  landParcels(@Root() c: County, @Args() args: NestedParcelsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<LandParcelConnection> {
    return children(ctx, info, Number(c.id), {
      entity: LandParcelEntity,
      foreignKey: 'countyId',
      args,
      filter: (qb, a) => {
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
      },
      sort: [{ expr: 'e.parcel_code', value: (r) => r.parcelCode }],
      toNode: toParcel,
      make: () => new LandParcelConnection(),
    });
  }
}

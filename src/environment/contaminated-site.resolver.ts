import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CodeLookupArgs } from '../graphql/code-lookup.args';
import type { HubContext } from '../graphql/context';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { manyBy } from '../graphql/relations/many-by.loader';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { LandParcel, toParcel } from '../land/land-parcel.type';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { ContaminatedSiteConnection } from './contaminated-site.connection';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { ContaminatedSitesArgs, NestedPointsArgs, SiteOrder } from './environment.args';
import { MonitoringPointConnection } from './monitoring-point.connection';
import { pointsOf } from './points-of';

export function siteSort(order: SiteOrder | null | undefined) {
  return order === SiteOrder.AREA_DESC
    ? [{ expr: 'COALESCE(e.area_m2, 0)', value: (r: ContaminatedSiteEntity) => r.areaM2 ?? 0, direction: 'DESC' as const }]
    : [{ expr: 'e.code', value: (r: ContaminatedSiteEntity) => r.code }];
}

@Resolver(() => ContaminatedSite)
export class ContaminatedSiteResolver {
  @Query(() => ContaminatedSiteConnection, { description: '疑似污染地块和污染地块名录' })
  async contaminatedSites(@Args() args: ContaminatedSitesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<ContaminatedSiteConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, ContaminatedSiteEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.status?.length) qb.andWhere('e.status IN (:...status)', { status: a.status });
        if (a.riskLevel) qb.andWhere('e.risk_level = :riskLevel', { riskLevel: a.riskLevel });
      },
      sort: siteSort(args.orderBy),
      toNode: toSite,
      info,
      make: () => new ContaminatedSiteConnection(),
    });
  }

  @Query(() => ContaminatedSite, { nullable: true, description: '按标识或地块编码查找地块' })
  contaminatedSite(@Args() args: CodeLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<ContaminatedSite | null> {
    return findOne(ctx, ContaminatedSiteEntity, lookupKey(args), toSite, parseId, info);
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() s: ContaminatedSite, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(s.countyId);
  }

  @FieldResolver(() => MonitoringPointConnection, { nullable: true, description: '地块调查点位（经点位可查样品和测定值）' })
  monitoringPoints(
    @Root() s: ContaminatedSite,
    @Args() args: NestedPointsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MonitoringPointConnection> {
    return pointsOf(ctx, info, Number(s.id), 'siteId', args);
  }

  @FieldResolver(() => [LandParcel], { nullable: true, description: '地块所在的宗地' })
  parcels(@Root() s: ContaminatedSite, @Ctx() ctx: HubContext): Promise<LandParcel[]> {
    return manyBy(ctx, LandParcelEntity, 'siteId', toParcel).load(Number(s.id));
  }
}

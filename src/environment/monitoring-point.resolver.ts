import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { FarmlandUnit, toFarmlandUnit } from '../agriculture/farmland-unit.type';
import { CodeLookupArgs } from '../graphql/code-lookup.args';
import type { HubContext } from '../graphql/context';
import { findOne, idKey, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { children } from '../graphql/relations/children.loader';
import { residentRelation } from '../graphql/relations/resident-relations';
import { relationColumns } from '../graphql/relations/selected-columns';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { ContaminatedSite, toSite } from './contaminated-site.type';
import { MonitoringPointsArgs, NestedSamplesArgs, SampleOrder } from './environment.args';
import { MonitoringPointConnection } from './monitoring-point.connection';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { MonitoringPoint, toPoint } from './monitoring-point.type';
import { SoilSampleConnection } from './soil-sample.connection';
import { SoilSampleEntity } from './soil-sample.entity';
import { toSample } from './soil-sample.type';

/** Date-range filter and order shared by every list of samples. */
export function sampleFilter(qb: SelectQueryBuilder<SoilSampleEntity>, a: NestedSamplesArgs): void {
  if (a.sampledFrom) qb.andWhere('e.sampled_on >= :sampledFrom', { sampledFrom: a.sampledFrom });
  if (a.sampledTo) qb.andWhere('e.sampled_on <= :sampledTo', { sampledTo: a.sampledTo });
}

export function sampleSort(order: SampleOrder | null | undefined) {
  const direction = order === SampleOrder.SAMPLED_ON_DESC ? ('DESC' as const) : ('ASC' as const);
  return [
    { expr: 'e.sampled_on', value: (r: SoilSampleEntity) => r.sampledOn, direction },
    { ...idKey<SoilSampleEntity>(), direction },
  ];
}

// What the relations below read of a point's row: a page that selects them fetches only those columns.
relationColumns(MonitoringPointEntity, { county: ['countyId'], farmlandUnit: ['farmlandUnitId'], site: ['siteId'], samples: [] });
residentRelation(MonitoringPoint, 'county', { key: 'countyId', target: CountyEntity, toNode: County.from });

@Resolver(() => MonitoringPoint)
export class MonitoringPointResolver {
  @Query(() => MonitoringPointConnection, { description: '土壤环境监测点位列表' })
  async monitoringPoints(@Args() args: MonitoringPointsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<MonitoringPointConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, MonitoringPointEntity, args, {
      filter: (qb, a) => {
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.pointType) qb.andWhere('e.point_type = :pointType', { pointType: a.pointType });
        if (a.source) qb.andWhere('e.source = :source', { source: a.source });
      },
      toNode: toPoint,
      make: () => new MonitoringPointConnection(),
      info,
    });
  }

  @Query(() => MonitoringPoint, { nullable: true, description: '按标识或点位编码查找监测点位' })
  monitoringPoint(@Args() args: CodeLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<MonitoringPoint | null> {
    return findOne(ctx, MonitoringPointEntity, lookupKey(args), toPoint, parseId, info);
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() p: MonitoringPoint, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(p.countyId);
  }

  @FieldResolver(() => FarmlandUnit, { nullable: true, description: '所在耕地单元（农用地点位）' })
  farmlandUnit(@Root() p: MonitoringPoint, @Ctx() ctx: HubContext): Promise<FarmlandUnit | null> {
    return p.farmlandUnitId === null ? Promise.resolve(null) : byId(ctx, FarmlandUnitEntity, toFarmlandUnit).load(p.farmlandUnitId);
  }

  @FieldResolver(() => ContaminatedSite, { nullable: true, description: '所在地块（地块调查点位）' })
  site(@Root() p: MonitoringPoint, @Ctx() ctx: HubContext): Promise<ContaminatedSite | null> {
    return p.siteId === null ? Promise.resolve(null) : byId(ctx, ContaminatedSiteEntity, toSite).load(p.siteId);
  }

  @FieldResolver(() => SoilSampleConnection, { nullable: true, description: '该点位的土壤样品' })
  samples(
    @Root() p: MonitoringPoint,
    @Args() args: NestedSamplesArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SoilSampleConnection> {
    return children(ctx, info, Number(p.id), {
      entity: SoilSampleEntity,
      foreignKey: 'pointId',
      args,
      filter: sampleFilter,
      sort: sampleSort(args.orderBy),
      toNode: toSample,
      make: () => new SoilSampleConnection(),
    });
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { NestedPointsArgs } from '../environment/environment.args';
import { MonitoringPointConnection } from '../environment/monitoring-point.connection';
import { pointsOf } from '../environment/points-of';
import { CodeLookupArgs } from '../graphql/code-lookup.args';
import type { HubContext } from '../graphql/context';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { children } from '../graphql/relations/children.loader';
import { countyIdOf } from '../reference/county-key';
import { CountyEntity } from '../reference/county.entity';
import { County } from '../reference/county.type';
import { FarmlandUnitsArgs, NestedFarmlandUnitsArgs } from './agriculture.args';
import { FarmlandUnitConnection } from './farmland-unit.connection';
import { FarmlandUnitEntity } from './farmland-unit.entity';
import { FarmlandUnit, toFarmlandUnit } from './farmland-unit.type';

export function farmlandFilter(qb: SelectQueryBuilder<FarmlandUnitEntity>, a: NestedFarmlandUnitsArgs): void {
  if (a.qualityClass?.length) qb.andWhere('e.quality_class IN (:...qualityClass)', { qualityClass: a.qualityClass });
}

@Resolver(() => FarmlandUnit)
export class FarmlandUnitResolver {
  @Query(() => FarmlandUnitConnection, { description: '耕地单元列表' })
  async farmlandUnits(@Args() args: FarmlandUnitsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<FarmlandUnitConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    return list(ctx, FarmlandUnitEntity, args, {
      filter: (qb, a) => {
        farmlandFilter(qb, a);
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (a.landType) qb.andWhere('e.land_type = :landType', { landType: a.landType });
      },
      sort: [{ expr: 'e.code', value: (r) => r.code }],
      toNode: toFarmlandUnit,
      info,
      make: () => new FarmlandUnitConnection(),
    });
  }

  @Query(() => FarmlandUnit, { nullable: true, description: '按标识或单元编码查找耕地单元' })
  farmlandUnit(@Args() args: CodeLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<FarmlandUnit | null> {
    return findOne(ctx, FarmlandUnitEntity, lookupKey(args), toFarmlandUnit, parseId, info);
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() u: FarmlandUnit, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(u.countyId);
  }

  @FieldResolver(() => MonitoringPointConnection, { nullable: true, description: '单元内的监测点位（经点位可查样品和测定值）' })
  monitoringPoints(
    @Root() u: FarmlandUnit,
    @Args() args: NestedPointsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MonitoringPointConnection> {
    return pointsOf(ctx, info, Number(u.id), 'farmlandUnitId', args);
  }
}

/** The agriculture department's data reached from a county. */
@Resolver(() => County)
export class CountyAgricultureResolver {
  @FieldResolver(() => FarmlandUnitConnection, { nullable: true, description: '本县的耕地单元' })
  farmlandUnits(
    @Root() c: County,
    @Args() args: NestedFarmlandUnitsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FarmlandUnitConnection> {
    return children(ctx, info, Number(c.id), {
      entity: FarmlandUnitEntity,
      foreignKey: 'countyId',
      args,
      filter: farmlandFilter,
      sort: [{ expr: 'e.code', value: (r) => r.code }],
      toNode: toFarmlandUnit,
      make: () => new FarmlandUnitConnection(),
    });
  }
}

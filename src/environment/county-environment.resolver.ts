import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { children } from '../graphql/relations/children.loader';
import { County } from '../reference/county.type';
import { ContaminatedSiteConnection } from './contaminated-site.connection';
import { ContaminatedSiteEntity } from './contaminated-site.entity';
import { toSite } from './contaminated-site.type';
import { siteSort } from './contaminated-site.resolver';
import { NestedEnterprisesArgs, NestedPointsArgs, NestedSitesArgs } from './environment.args';
import { KeyEnterpriseConnection } from './key-enterprise.connection';
import { KeyEnterpriseEntity } from './key-enterprise.entity';
import { toEnterprise } from './key-enterprise.type';
import { MonitoringPointConnection } from './monitoring-point.connection';
import { pointsOf } from './points-of';

/** The environment department's data reached from a county. */
@Resolver(() => County)
export class CountyEnvironmentResolver {
  @FieldResolver(() => MonitoringPointConnection, { nullable: true, description: '本县的土壤环境监测点位' })
  monitoringPoints(
    @Root() c: County,
    @Args() args: NestedPointsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MonitoringPointConnection> {
    return pointsOf(ctx, info, Number(c.id), 'countyId', args);
  }

  @FieldResolver(() => ContaminatedSiteConnection, { nullable: true, description: '本县的疑似污染地块和名录地块' })
  contaminatedSites(
    @Root() c: County,
    @Args() args: NestedSitesArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContaminatedSiteConnection> {
    return children(ctx, info, Number(c.id), {
      entity: ContaminatedSiteEntity,
      foreignKey: 'countyId',
      args,
      filter: (qb, a) => {
        if (a.status) qb.andWhere('e.status = :status', { status: a.status });
      },
      sort: siteSort(null),
      toNode: toSite,
      make: () => new ContaminatedSiteConnection(),
    });
  }

  @FieldResolver(() => KeyEnterpriseConnection, { nullable: true, description: '本县的重点监管企业' })
  keyEnterprises(
    @Root() c: County,
    @Args() args: NestedEnterprisesArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<KeyEnterpriseConnection> {
    return children(ctx, info, Number(c.id), {
      entity: KeyEnterpriseEntity,
      foreignKey: 'countyId',
      args,
      filter: (qb, a) => {
        if (a.creditRating) qb.andWhere('e.credit_rating = :creditRating', { creditRating: a.creditRating });
      },
      sort: [{ expr: 'e.credit_code', value: (r) => r.creditCode }],
      toNode: toEnterprise,
      make: () => new KeyEnterpriseConnection(),
    });
  }
}

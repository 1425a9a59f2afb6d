import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { list } from '../../graphql/list';
import { byId } from '../../graphql/relations/by-id.loader';
import { countyIdOf } from '../../reference/county-key';
import { CountyEntity } from '../../reference/county.entity';
import { County } from '../../reference/county.type';
import { AlertsArgs } from './alert.args';
import { AlertConnection } from './alert.connection';
import { AlertEntity } from './alert.entity';
import { Alert, toAlert } from './alert.type';

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => AlertConnection, { description: '预警提醒，新的在前：优先保护类耕地面积减少、污染地块规划为第一类用地、重点监管企业未报送自行监测报告' })
  async alerts(@Args() args: AlertsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<AlertConnection> {
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    const open = args.open ?? true;
    return list(ctx, AlertEntity, args, {
      filter: (qb) => {
        qb.andWhere(open ? 'e.resolved_at IS NULL' : 'e.resolved_at IS NOT NULL');
        if (countyId) qb.andWhere('e.county_id = :countyId', { countyId });
        if (args.kind) qb.andWhere('e.kind = :kind', { kind: args.kind });
      },
      sort: [
        { expr: 'e.raised_at', value: (r) => r.raisedAt, direction: 'DESC' },
        { expr: 'e.id', value: (r) => r.id, direction: 'DESC' },
      ],
      toNode: toAlert,
      info,
      make: () => new AlertConnection(),
    });
  }

  @FieldResolver(() => County, { nullable: true, description: '所在县级行政区' })
  county(@Root() a: Alert, @Ctx() ctx: HubContext): Promise<County | null> {
    return byId(ctx, CountyEntity, County.from).load(a.countyId);
  }
}

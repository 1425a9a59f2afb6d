import type { GraphQLResolveInfo } from 'graphql';
import type { HubContext } from '../graphql/context';
import { children } from '../graphql/relations/children.loader';
import type { NestedPointsArgs } from './environment.args';
import { MonitoringPointConnection } from './monitoring-point.connection';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { toPoint } from './monitoring-point.type';

/** The monitoring points of a county, a farmland unit or a site, by point code. */
export function pointsOf(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  parentId: number,
  foreignKey: 'countyId' | 'farmlandUnitId' | 'siteId',
  args: NestedPointsArgs,
): Promise<MonitoringPointConnection> {
  return children(ctx, info, parentId, {
    entity: MonitoringPointEntity,
    foreignKey,
    args,
    filter: (qb, a) => {
      if (a.pointType) qb.andWhere('e.point_type = :pointType', { pointType: a.pointType });
    },
    sort: [{ expr: 'e.code', value: (r) => r.code }],
    toNode: toPoint,
    make: () => new MonitoringPointConnection(),
  });
}

import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HubContext } from './context';

/**
 * A query over `entity` as alias `e`, already limited to the rows the caller may read (`Access.rowScope`):
 * lists, lookups, relations and totals start here, so rows out of scope are never fetched.
 */
export function scopedQuery<E extends ObjectLiteral>(ctx: HubContext, entity: EntityTarget<E>): SelectQueryBuilder<E> {
  const qb = ctx.db.getRepository(entity).createQueryBuilder('e');
  const scope = ctx.access.rowScope(entity as EntityTarget<ObjectLiteral>);
  return scope ? qb.andWhere(scope) : qb;
}

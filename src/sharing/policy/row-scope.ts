import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HubContext } from '../../graphql/context';
import type { ResourceDeclaration } from '../catalog/catalog-declaration';
import { DECLARED_RESOURCES } from '../catalog/declarations';

const byEntity = new Map<EntityTarget<ObjectLiteral>, ResourceDeclaration>(DECLARED_RESOURCES.map((r) => [r.entity, r]));

/**
 * A county government's scope as SQL over alias `e`: every read of a county-bound table goes through here,
 * so rows of other counties are never fetched (lists, lookups, relations and totals alike).
 */
export function scopeSql(ctx: HubContext, entity: EntityTarget<ObjectLiteral>): string | undefined {
  const county = ctx.access.countyScope;
  if (county === null) return undefined;
  const countySql = byEntity.get(entity)?.countySql;
  return countySql ? `(${countySql}) = ${Number(county)}` : undefined;
}

export function applyScope<E extends ObjectLiteral>(ctx: HubContext, entity: EntityTarget<E>, qb: SelectQueryBuilder<E>): SelectQueryBuilder<E> {
  const sql = scopeSql(ctx, entity as EntityTarget<ObjectLiteral>);
  if (sql) qb.andWhere(sql);
  return qb;
}

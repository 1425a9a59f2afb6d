import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HubContext } from '../../graphql/context';
import { DepartmentKind } from '../../reference/department-kind.enum';
import type { ResourceDeclaration } from '../catalog/catalog-declaration';
import { DECLARED_RESOURCES } from '../catalog/declarations';

// Derived views (summaries, register changes) share a table with the resource that owns its row rules.
const byEntity = new Map<EntityTarget<ObjectLiteral>, ResourceDeclaration>(DECLARED_RESOURCES.filter((r) => !r.derived).map((r) => [r.entity, r]));

/**
 * A county government's scope as SQL over alias `e`: every read of a county-bound table goes through here,
 * so rows of other counties are never fetched (lists, lookups, relations and totals alike).
 */
export function scopeSql(ctx: HubContext, entity: EntityTarget<ObjectLiteral>): string | undefined {
  const resource = byEntity.get(entity);
  if (ctx.access.principal.kind === DepartmentKind.PUBLIC) return resource?.publicRowsSql;
  const county = ctx.access.countyScope;
  if (county === null) return undefined;
  return resource?.countySql ? `(${resource.countySql}) = ${Number(county)}` : undefined;
}

export function applyScope<E extends ObjectLiteral>(ctx: HubContext, entity: EntityTarget<E>, qb: SelectQueryBuilder<E>): SelectQueryBuilder<E> {
  const sql = scopeSql(ctx, entity as EntityTarget<ObjectLiteral>);
  if (sql) qb.andWhere(sql);
  return qb;
}

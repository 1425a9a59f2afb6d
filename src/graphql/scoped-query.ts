import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { preparedQuery } from '../db/prepared-query';
import type { HubContext } from './context';
import { hydrate } from './relations/hydrate';
import { selectList } from './relations/selected-columns';

/**
 * A query over `entity` as alias `e`, already limited to the rows the caller may read (`Access.rowScope`):
 * lists, lookups, relations and totals start here, so rows out of scope are never fetched.
 */
export function scopedQuery<E extends ObjectLiteral>(ctx: HubContext, entity: EntityTarget<E>): SelectQueryBuilder<E> {
  const qb = ctx.db.getRepository(entity).createQueryBuilder('e');
  const scope = ctx.access.rowScope(entity as EntityTarget<ObjectLiteral>);
  return scope ? qb.andWhere(scope) : qb;
}

/**
 * The rows of `entity` (alias `e`) matching `where` ($1 … for `params`) within the caller's row scope, as entities:
 * one statement with no query builder in between, for the lookups every request makes (by id, by code).
 */
export async function scopedRows<E extends ObjectLiteral>(
  ctx: HubContext,
  entity: EntityTarget<E>,
  where: string,
  params: unknown[],
  limit?: number,
  /** Only these columns (alias `e`), else every column. */
  columns?: string[],
): Promise<E[]> {
  const metadata = ctx.db.getMetadata(entity);
  const scope = ctx.access.rowScope(entity as EntityTarget<ObjectLiteral>);
  const raw = await preparedQuery<Record<string, unknown>>(
    ctx.db,
    `SELECT ${selectList(columns)} FROM "${metadata.tableName}" e WHERE (${where})${scope ? ` AND ${scope}` : ''}${limit === undefined ? '' : ` LIMIT ${Number(limit)}`}`,
    params,
  );
  return raw.map((r) => hydrate(ctx.db, entity, r));
}

/**
 * The entities a query builder's filters and order select, every column of its main alias (or `columns`), fetched as a prepared
 * statement and hydrated without TypeORM's result transformer (the builder must not join).
 */
export async function entitiesOf<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, columns?: string[]): Promise<E[]> {
  const [sql, params] = qb.select(selectList(columns, qb.alias)).getQueryAndParameters();
  const raw = await preparedQuery<Record<string, unknown>>(qb.connection, sql, params);
  const target = qb.expressionMap.mainAlias!.target as EntityTarget<E>;
  return raw.map((r) => hydrate(qb.connection, target, r));
}

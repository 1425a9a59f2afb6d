import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HubContext } from './context';
import type { ConnectionArgs } from './pagination/connection.args';
import type { ConnectionValue } from './pagination/connection.type';
import { paginate, type SortKey } from './pagination/paginate';
import { scopedQuery, scopedRows } from './scoped-query';
import { selectedColumns, selectedObjectColumns } from './relations/selected-columns';

/** A top-level list: the entity's rows over alias `e`, filtered, sorted with the id as tiebreak, paginated. */
export function list<E extends ObjectLiteral & { id: number }, N, C extends ConnectionValue<N>, A extends ConnectionArgs>(
  ctx: HubContext,
  entity: EntityTarget<E>,
  args: A,
  spec: {
    filter?: (qb: SelectQueryBuilder<E>, args: A) => void;
    sort?: SortKey<E>[];
    toNode: (row: E) => N;
    make: () => C;
    /** The field's resolve info: the page then fetches only the columns its selection reads. */
    info?: GraphQLResolveInfo;
  },
): Promise<C> {
  const qb = scopedQuery(ctx, entity);
  spec.filter?.(qb, args);
  const sort = spec.sort ?? [];
  // A sort that already ends with the id keeps its direction (TypeORM keeps one order per expression).
  const total = sort.at(-1)?.expr === 'e.id' ? sort : [...sort, idKey<E>()];
  const columns = spec.info && selectedColumns(ctx, spec.info, entity, total);
  return paginate(qb, args, ctx, total, spec.toNode, spec.make, columns);
}

export function idKey<E extends { id: number }>(): SortKey<E> {
  return { expr: 'e.id', value: (r) => r.id };
}

/** One record by `id` or one natural key, with the columns its selection reads (`info`); null when absent. */
export async function findOne<E extends ObjectLiteral & { id: number }, N>(
  ctx: HubContext,
  entity: EntityTarget<E>,
  key: [string, string],
  toNode: (row: E) => N,
  parseId: (v: string) => number,
  info: GraphQLResolveInfo,
): Promise<N | null> {
  const [name, value] = key;
  const column = name === 'id' ? 'id' : ctx.db.getMetadata(entity).findColumnWithPropertyName(name)!.databaseName;
  const columns = selectedObjectColumns(ctx, info, entity);
  // Out of the caller's scope reads as absent: a lookup must not tell whether a row exists elsewhere.
  const [row] = await scopedRows(ctx, entity, `e."${column}" = $1`, [name === 'id' ? parseId(value) : value], 1, columns);
  return row ? toNode(row) : null;
}

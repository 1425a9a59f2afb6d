import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { HubContext } from '../context';
import type { ConnectionValue } from '../pagination/connection.type';
import { pageSize, type SortKey } from '../pagination/paginate';
import { toConnection } from '../pagination/to-connection';
import { scopedQuery } from '../scoped-query';
import { selects } from '../selects';
import { preparedQuery } from '../../db/prepared-query';
import { hydrate } from './hydrate';
import { selectedColumns, selectList } from './selected-columns';

export interface ChildrenSpec<E extends ObjectLiteral, N, C extends ConnectionValue<N>, A extends { first?: number | null }> {
  entity: EntityTarget<E>;
  /** Property of the child holding the parent's id. */
  foreignKey: keyof E & string;
  args: A;
  /** Adds the args' filters to a query over alias `e`. */
  filter?: (qb: SelectQueryBuilder<E>, args: A) => void;
  sort: SortKey<E>[];
  toNode: (row: E) => N;
  make: () => C;
}

/**
 * Statement texts by the shape of the relation's query: TypeORM builds a text with a dozen regular expressions over
 * it (a tenth of a millisecond per relation per request), though the relation, its arguments and the caller's row
 * scope decide it. The shape is the loader's key and every condition the query holds (the row scope, the args'
 * filters); a filter that did more than add conditions is built every time.
 */
const texts = new LRUCache<string, string>({ max: 1_000 });

function textAndParameters<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, key: string): [string, unknown[]] {
  const map = qb.expressionMap;
  const plain = map.joinAttributes.length === 0 && Object.keys(map.orderBys).length === 0 && map.groupBys.length === 0 && map.havings.length === 0;
  const conditions = map.wheres.map((w) => (typeof w.condition === 'string' ? `${w.type} ${w.condition}` : undefined));
  const shape = plain && conditions.every((c) => c !== undefined) ? `${key}\u0000${conditions.join('\u0000')}` : undefined;
  let text = shape === undefined ? undefined : texts.get(shape);
  if (text === undefined) {
    text = qb.getQuery();
    if (shape !== undefined) texts.set(shape, text);
  }
  return qb.connection.driver.escapeQueryWithParameters(text, qb.getParameters()) as [string, unknown[]];
}

interface Page<E> {
  rows: E[];
  total: number;
}

/**
 * A `parent → many` relation as a connection: the first `first` children of every parent in the batch,
 * in one statement (a window per parent), so the statement count follows the query's depth, not its rows.
 */
export async function children<E extends ObjectLiteral, N, C extends ConnectionValue<N>, A extends { first?: number | null }>(
  ctx: HubContext,
  info: GraphQLResolveInfo,
  parentId: number,
  spec: ChildrenSpec<E, N, C, A>,
): Promise<C> {
  const size = pageSize(spec.args.first, ctx.limits);
  const { fkColumn, withTotal, columns, key } = ctx.loaders.perFieldOf(info.fieldNodes, () => {
    const metadata = ctx.db.getMetadata(spec.entity);
    const fkColumn = metadata.findColumnWithPropertyName(spec.foreignKey)!.databaseName;
    const withTotal = selects(info, 'totalCount');
    const columns = selectedColumns(ctx, info, spec.entity, spec.sort, [fkColumn]);
    // Aliases asking the same page of the relation share one loader, so one statement.
    const key = `children:${metadata.name}:${spec.foreignKey}:${JSON.stringify(spec.args)}:${withTotal}:${columns ?? '*'}`;
    return { fkColumn, withTotal, columns, key };
  });
  const loader = ctx.loaders.get(
    key,
    () =>
      new DataLoader<number, Page<E>>(async (parentIds) => {
        const fk = `e.${fkColumn}`;
        const order = spec.sort.map((k) => `${k.expr} ${k.direction ?? 'ASC'}`).join(', ');
        const qb = scopedQuery(ctx, spec.entity)
          .select(selectList(columns))
          .addSelect(`row_number() OVER (PARTITION BY ${fk} ORDER BY ${order})`, '__rn')
          .andWhere(`${fk} = ANY(:__parents)`, { __parents: [...parentIds] });
        if (withTotal) qb.addSelect(`count(*) OVER (PARTITION BY ${fk})`, '__total');
        spec.filter?.(qb, spec.args);
        const [sql, params] = textAndParameters(qb, key);
        const raw = await preparedQuery<Record<string, unknown>>(ctx.db, `SELECT * FROM (${sql}) w WHERE w.__rn <= ${size + 1} ORDER BY w.__rn`, params);
        const pages = new Map<number, Page<E>>(parentIds.map((id) => [id, { rows: [], total: 0 }]));
        for (const r of raw) {
          const page = pages.get(Number(r[fkColumn]))!;
          page.rows.push(hydrate(ctx.db, spec.entity, r));
          page.total = Number(r.__total ?? 0);
        }
        return parentIds.map((id) => pages.get(id)!);
      }),
  );
  const page = await loader.load(parentId);
  ctx.budget.charge(Math.min(page.rows.length, size));
  return toConnection(page.rows, size, {
    cursorOf: (row) => spec.sort.map((k) => k.value(row)),
    toNode: spec.toNode,
    make: spec.make,
    hasPreviousPage: false,
    count: () => Promise.resolve(page.total),
  });
}

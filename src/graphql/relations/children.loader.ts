import DataLoader from 'dataloader';
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
        const [sql, params] = qb.getQueryAndParameters();
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

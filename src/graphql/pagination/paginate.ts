import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';
import { entitiesOf } from '../scoped-query';
import type { ResponseBudget } from '../limits/response-budget';
import type { ConnectionArgs } from './connection.args';
import type { ConnectionValue } from './connection.type';
import { decodeCursor } from './cursor';
import { toConnection } from './to-connection';

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

/** What a page needs of the request: its size limits, and the budget its rows are charged to. */
export interface PageContext {
  limits: PageLimits;
  budget: ResponseBudget;
}

/** One sort column: a non-null SQL expression and the entity property holding its value. */
export interface SortKey<E> {
  expr: string;
  value: (row: E) => unknown;
  direction?: 'ASC' | 'DESC';
}

export function pageSize(first: number | null | undefined, limits: PageLimits): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (first < 0 || first > limits.maxPageSize) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `每页条数 first 应在 0 到 ${limits.maxPageSize} 之间 (first out of range)`, {
      details: { argument: 'first', max: limits.maxPageSize },
    });
  }
  return first;
}

/**
 * Keyset pagination over a filtered query: one statement for the page, one more only if totalCount is read.
 * The last sort key must be unique so the order is total and cursors are stable.
 */
export async function paginate<E extends ObjectLiteral, N, C extends ConnectionValue<N>>(
  qb: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  ctx: PageContext,
  sort: SortKey<E>[],
  toNode: (row: E) => N,
  make: () => C,
  /** The columns the operation reads of the rows (database names); every column when absent. */
  columns?: string[],
): Promise<C> {
  const size = pageSize(args.first, ctx.limits);
  const counter = qb.clone();
  const page = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, sort.length);
    const params: Record<string, unknown> = {};
    const alternatives = sort.map((key, i) => {
      params[`cursor${i}`] = values[i];
      const equal = sort.slice(0, i).map((k, j) => `${k.expr} = :cursor${j}`);
      const op = key.direction === 'DESC' ? '<' : '>';
      return [...equal, `${key.expr} ${op} :cursor${i}`].join(' AND ');
    });
    page.andWhere(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`, params);
  }
  sort.forEach((key, i) => (i === 0 ? page.orderBy(key.expr, key.direction ?? 'ASC') : page.addOrderBy(key.expr, key.direction ?? 'ASC')));
  const rows = size === 0 ? [] : await entitiesOf(page.limit(size + 1), columns);
  ctx.budget.charge(Math.min(rows.length, size));
  return toConnection(rows, size, {
    cursorOf: (row) => sort.map((k) => k.value(row)),
    toNode,
    make,
    hasPreviousPage: Boolean(args.after),
    count: () => counter.getCount(),
  });
}

import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';

/** A list field costs its children once per row it may return: `first`/`limit`, or the default page size. */
function listSizeEstimator(defaultPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((a) => a.name === 'first' || a.name === 'limit')) return undefined;
    const size: unknown = args.first ?? args.limit;
    const rows = typeof size === 'number' && size >= 0 ? size : defaultPageSize;
    return 1 + childComplexity * Math.max(rows, 1);
  };
}

/** Rejects operations whose estimated cost exceeds `maxCost`, before anything runs. */
export function costLimitPlugin(maxCost: number, defaultPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [listSizeEstimator(defaultPageSize), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // The estimate coerces the variables first: a bad variable is the caller's input.
            throw new HubError(ErrorCode.BAD_USER_INPUT, `变量值无效 (invalid variable): ${(err as Error).message}`, { httpStatus: 400 });
          }
          if (cost > maxCost) {
            throw new HubError(
              ErrorCode.QUERY_TOO_COSTLY,
              `查询代价 ${cost} 超过上限 ${maxCost}，请减少每页条数或嵌套字段 (query too costly)`,
              { httpStatus: 400, details: { cost, maxCost } },
            );
          }
        },
      };
    },
  };
}

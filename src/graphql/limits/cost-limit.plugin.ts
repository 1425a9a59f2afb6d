import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  validate,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';
import { DEFAULT_LIST_BOUND, INTROSPECTION_COST, ROOT_FIELD_COST } from './field-costs';
import { perDocument } from './per-document';

export interface CostLimits {
  maxQueryCost: number;
  defaultPageSize: number;
  maxAliases: number;
}

/** The lists of a page type (a connection's nodes and edges, the change feed's events) are the page its field counted. */
const isPagePart = (type: GraphQLCompositeType) => /(Connection|Edge|Page)$/.test(type.name);

/**
 * Each field costs 1, or what it declares (`complexity`: a computation, such as a summary or an assessment);
 * a list multiplies its children by `first`/`limit` (or the default page size), by its declared bound, or by
 * DEFAULT_LIST_BOUND; a page's own lists are the rows already counted; introspection costs a fixed amount.
 */
function hubEstimator(schema: GraphQLSchema, defaultPageSize: number): ComplexityEstimator {
  const roots = new Set<GraphQLCompositeType | null | undefined>([schema.getQueryType(), schema.getMutationType()]);
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__schema') return INTROSPECTION_COST;
    if (field.name === '__type') return ROOT_FIELD_COST;
    const extensions = field.extensions as { complexity?: unknown; listBound?: number };
    const own = (typeof extensions.complexity === 'number' ? extensions.complexity : 1) + (roots.has(type) ? ROOT_FIELD_COST : 0);
    if (field.args.some((a) => a.name === 'first' || a.name === 'limit')) {
      const size: unknown = args.first ?? args.limit;
      const rows = typeof size === 'number' && size >= 0 ? size : defaultPageSize;
      return own + childComplexity * Math.max(rows, 1);
    }
    const isObjectList = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
    if (isObjectList && !isPagePart(type)) return own + childComplexity * (extensions.listBound ?? DEFAULT_LIST_BOUND);
    return own + childComplexity;
  };
}

const tooCostly = (message: string, details: Record<string, unknown>) => new HubError(ErrorCode.QUERY_TOO_COSTLY, message, { refusesOperation: true, details });

/** Rejects operations with too many aliases, or whose estimated cost exceeds the limit, before anything runs. */
export function costLimitPlugin(limits: CostLimits): ApolloServerPlugin {
  const tooManyAliases = perDocument((document, schema) => {
    let refused = false;
    validate(schema, document, [maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [() => (refused = true)] })]);
    return refused;
  });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          if (tooManyAliases(document, schema)) {
            throw tooCostly(`查询中的别名 (alias) 超过 ${limits.maxAliases} 个：同一字段请合并为一次查询或分批请求 (too many aliases)`, {
              maxAliases: limits.maxAliases,
            });
          }
          const operation = getOperationAST(document, request.operationName);
          const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}) : undefined;
          if (coerced?.errors) {
            throw new HubError(ErrorCode.BAD_USER_INPUT, `变量值无效 (invalid variable): ${coerced.errors[0].message}`, { refusesOperation: true });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [hubEstimator(schema, limits.defaultPageSize)],
            });
          } catch {
            // The variables are fine: what the estimate cannot finish (fragments spread into each other many
            // times over) is too costly to run.
            throw tooCostly(`查询过于复杂，无法估算代价，请减少片段 (fragment) 的重复展开 (query too costly)`, { maxCost: limits.maxQueryCost });
          }
          if (cost > limits.maxQueryCost) {
            throw tooCostly(`查询代价 ${cost} 超过上限 ${limits.maxQueryCost}，请减少每页条数或嵌套字段 (query too costly)`, {
              cost,
              maxCost: limits.maxQueryCost,
            });
          }
        },
      };
    },
  };
}

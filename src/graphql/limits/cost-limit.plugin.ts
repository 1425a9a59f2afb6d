import type { RequestHooks, RequestPlugin } from '../plugin-group';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  Kind,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
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

/**
 * The variables an operation's cost depends on: those given to `first`/`limit` and to `@skip`/`@include`. The cost
 * is remembered per document and their values, so a query repeated with other codes or cursors is estimated once.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node, _key, _parent, _path, ancestors) {
      if (node.value.kind !== Kind.VARIABLE) return;
      const owner = ancestors.at(-1) as ASTNode | undefined;
      const sized = owner?.kind === Kind.FIELD && (node.name.value === 'first' || node.name.value === 'limit');
      const conditional = owner?.kind === Kind.DIRECTIVE && node.name.value === 'if';
      if (sized || conditional) names.add(node.value.name.value);
    },
  });
  return [...names];
}

const tooCostly = (message: string, details: Record<string, unknown>) => new HubError(ErrorCode.QUERY_TOO_COSTLY, message, { refusesOperation: true, details });

/** Rejects operations with too many aliases, or whose estimated cost exceeds the limit, before anything runs. */
export function costLimitPlugin(limits: CostLimits): RequestPlugin {
  const tooManyAliases = perDocument((document, schema) => {
    let refused = false;
    validate(schema, document, [maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [() => (refused = true)] })]);
    return refused;
  });
  const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();
  const costs = new WeakMap<DocumentNode, { variables: string[]; byValues: Map<string, number> }>();
  const estimate = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = { variables: costVariables(document), byValues: new Map() }));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(known.variables.map((v) => variables[v] ?? null))}`;
    let cost = known.byValues.get(key);
    if (cost === undefined) {
      let estimator = estimators.get(schema);
      if (!estimator) estimators.set(schema, (estimator = hubEstimator(schema, limits.defaultPageSize)));
      cost = getComplexity({ schema, query: document, operationName, variables, estimators: [estimator] });
      // A document asked with ever new page sizes keeps a bounded memory.
      if (known.byValues.size >= 100) known.byValues.clear();
      known.byValues.set(key, cost);
    }
    return cost;
  };
  const hooks: RequestHooks = {
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
        cost = estimate(schema, document, request.operationName ?? undefined, request.variables ?? {});
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
  return { requestDidStart: () => hooks };
}

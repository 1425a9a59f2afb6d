import type { ApolloServerPlugin } from '@apollo/server';
import { validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';

/**
 * Rejects operations nested deeper than `maxDepth` (introspection fields excepted), after the standard
 * validation passed, so the client gets QUERY_TOO_DEEP rather than a generic validation failure.
 */
export function depthLimitPlugin(maxDepth: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName }) {
          let deepest = 0;
          const errors = validate(schema, document, [
            depthLimit(maxDepth, {}, (depths: Record<string, number>) => {
              deepest = operationName ? (depths[operationName] ?? 0) : Math.max(0, ...Object.values(depths));
            }),
          ]);
          if (errors.length > 0) {
            throw new HubError(ErrorCode.QUERY_TOO_DEEP, `查询嵌套层数超过上限 ${maxDepth} (query too deep)`, {
              httpStatus: 400,
              details: { maxDepth, depth: deepest || undefined },
            });
          }
        },
      };
    },
  };
}

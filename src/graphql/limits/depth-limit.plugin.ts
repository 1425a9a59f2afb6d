import type { RequestHooks, RequestPlugin } from '../plugin-group';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { validate } from 'graphql';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';
import { perDocument } from './per-document';

/**
 * Rejects operations nested deeper than `maxDepth` (introspection excepted; fragments counted as the fields
 * they hold, each fragment measured once however often it is spread), after the standard validation passed,
 * so the client gets QUERY_TOO_DEEP rather than a generic validation failure.
 */
export function depthLimitPlugin(maxDepth: number): RequestPlugin {
  const tooDeep = perDocument((document, schema) => {
    let refused = false;
    // The library counts the root field as level 1; MAX_QUERY_DEPTH counts it as level 0.
    validate(schema, document, [maxDepthRule({ n: maxDepth + 1, flattenFragments: true, propagateOnRejection: false, onReject: [() => (refused = true)] })]);
    return refused;
  });
  const hooks: RequestHooks = {
    async didResolveOperation({ schema, document }) {
      if (tooDeep(document, schema)) {
        throw new HubError(ErrorCode.QUERY_TOO_DEEP, `查询嵌套层数超过上限 ${maxDepth} (query too deep)`, {
          refusesOperation: true,
          details: { maxDepth },
        });
      }
    },
  };
  return { requestDidStart: () => hooks };
}

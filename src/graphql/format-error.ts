import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './error-codes';
import { HubError } from './hub-error';
import { knownError } from './known-errors';

/** What Apollo's and graphql-js's own errors mean, in Chinese before their English detail. */
const LEADS: Record<string, string> = {
  [ErrorCode.GRAPHQL_PARSE_FAILED]: '查询语句有语法错误 (syntax error)',
  [ErrorCode.GRAPHQL_VALIDATION_FAILED]: '查询不符合接口定义 (validation failed)',
  [ErrorCode.BAD_USER_INPUT]: '参数值无效 (invalid input)',
  [ErrorCode.BAD_REQUEST]: '请求格式不正确 (bad request)',
  [ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: '不支持持久化查询，请发送完整的查询语句 (persisted queries not supported)',
  [ErrorCode.OPERATION_RESOLUTION_FAILURE]: '找不到要执行的操作，请检查 operationName (operation not found)',
};

const CSRF_BLOCKED = /Cross-Site Request Forgery/;
const CSRF_MESSAGE =
  '请求被拦截：疑似跨站请求伪造 (CSRF)。请以 Content-Type: application/json 发送 POST 请求，' + '或在 GET 请求中加请求头 apollo-require-preflight: 1';
const STARTS_CHINESE = /^[\s\p{P}]*\p{Script=Han}/u;

/** A library's English message with its Chinese meaning in front; the hub's own messages are Chinese already. */
function inChinese(code: string, message: string): string {
  if (code === ErrorCode.BAD_REQUEST && CSRF_BLOCKED.test(message)) return CSRF_MESSAGE;
  const lead = LEADS[code];
  return lead && !STARTS_CHINESE.test(message) ? `${lead}：${message}` : message;
}

/** Maps errors at the edge: HubErrors and Apollo's request errors pass, the rest are masked with an error id. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof HubError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
    }
    const known = knownError(original);
    if (known) {
      const { http: _http, ...extensions } = known.extensions;
      return { message: known.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: inChinese(code, formatted.message), extensions };
    }
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'internal error');
    return {
      message: `服务器内部错误，请凭错误编号联系平台管理员 (internal error, id ${errorId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

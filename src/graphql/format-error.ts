import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './error-codes';
import { HubError } from './hub-error';

/** PostgreSQL's query_canceled, raised when statement_timeout fires. */
const PG_QUERY_CANCELED = '57014';

/** Maps errors at the edge: HubErrors and Apollo's request errors pass, the rest are masked with an error id. */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof HubError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
    }
    if ((original as { code?: string } | undefined)?.code === PG_QUERY_CANCELED) {
      return {
        message: '数据库查询超时，请缩小查询范围 (statement timeout)',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.STATEMENT_TIMEOUT },
      };
    }
    if (/^22/.test((original as { code?: string } | undefined)?.code ?? '')) {
      // PostgreSQL data exceptions (class 22): a value the database cannot take is the caller's input.
      return {
        message: `输入值无效 (invalid input value): ${(original as Error).message}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
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

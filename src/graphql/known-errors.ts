import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database-unavailable';
import { ErrorCode } from './error-codes';
import { HubError } from './hub-error';

/** PostgreSQL's query_canceled, raised when statement_timeout fires. */
const PG_QUERY_CANCELED = '57014';

/**
 * The one classification of errors for every door: what the hub, its libraries and the database throw that is the
 * caller's to know, as a HubError with its code; null for anything else, which is internal (masked and logged).
 */
export function knownError(err: unknown): HubError | null {
  if (err instanceof HubError) return err;
  if (isDatabaseUnavailable(err)) return new HubError(ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
  const e = err as { code?: unknown; type?: unknown; limit?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === PG_QUERY_CANCELED) return new HubError(ErrorCode.STATEMENT_TIMEOUT, '数据库查询超时，请缩小查询范围 (statement timeout)');
  // PostgreSQL data exceptions (class 22): a value the database cannot take is the caller's input.
  if (/^22/.test(code)) return new HubError(ErrorCode.BAD_USER_INPUT, `输入值无效 (invalid input value): ${String(e?.message)}`);
  // body-parser's refusals, before GraphQL or an import reads anything.
  switch (e?.type) {
    case 'entity.too.large':
      return new HubError(ErrorCode.PAYLOAD_TOO_LARGE, `请求体过大，上限为 ${String(e.limit)} 字节 (payload too large)`);
    case 'entity.parse.failed':
      return new HubError(ErrorCode.BAD_REQUEST, '请求体不是合法的 JSON (invalid JSON body)');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HubError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, '不支持的请求编码 (unsupported encoding)');
  }
  return null;
}

import type { ErrorRequestHandler } from 'express';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/database-unavailable';
import { ErrorCode } from '../graphql/error-codes';
import { sendError } from './error-response';

/** Maps body-parser failures and anything unexpected to coded JSON errors; the process keeps serving. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') {
    sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `请求体过大，上限为 ${(err as { limit?: number }).limit} 字节 (payload too large)`);
  } else if (type === 'entity.parse.failed') {
    sendError(res, 400, ErrorCode.BAD_REQUEST, '请求体不是合法的 JSON (invalid JSON body)');
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, '不支持的请求编码 (unsupported encoding)');
  } else if (isDatabaseUnavailable(err)) {
    req.log?.warn({ err }, 'database unavailable');
    res.setHeader('Retry-After', '5');
    sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
  } else {
    req.log?.error({ err }, 'unhandled request error');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, '服务器内部错误 (internal error)');
  }
};

import type { RequestHandler } from 'express';
import { ErrorCode } from '../graphql/error-codes';
import { sendError } from './error-response';
import { requestLog } from './request-log';

/**
 * Answers 503 REQUEST_TIMEOUT when a request has not been answered in time. The work itself is bounded
 * by PostgreSQL's statement_timeout; this keeps the client from waiting longer than promised.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      requestLog(req).warn({ ms }, 'request timed out');
      sendError(res, ErrorCode.REQUEST_TIMEOUT, `请求处理超过 ${ms} 毫秒，已中止 (request timeout)`);
    }, ms);
    // 'close' follows every response, finished or cut off.
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../graphql/error-codes';
import { knownError } from '../graphql/known-errors';
import { sendError, sendHubError } from './error-response';
import { requestLog } from './request-log';

/** Maps body-parser failures and anything unexpected to coded JSON errors; the process keeps serving. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const known = knownError(err);
  if (known?.code === ErrorCode.SERVICE_UNAVAILABLE) {
    requestLog(req).warn({ err }, 'database unavailable');
    res.setHeader('Retry-After', '5');
  }
  if (known) return sendHubError(res, known);
  requestLog(req).error({ err }, 'unhandled request error');
  sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, '服务器内部错误 (internal error)');
};

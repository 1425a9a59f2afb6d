import type { Response } from 'express';
import { ERROR_CODES, type ErrorCode } from '../graphql/error-codes';
import type { HubError } from '../graphql/hub-error';

/**
 * A GraphQL-shaped error body for the doors outside GraphQL (body limits, import, stream, timeouts), with the
 * code's own HTTP status: the same code always answers with the same status.
 */
export function sendError(res: Response, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res.status(ERROR_CODES[code].status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** A HubError as such a body: its reason and details as GraphQL would carry them. */
export function sendHubError(res: Response, err: HubError): void {
  const { code: _code, http: _http, ...rest } = err.extensions as Record<string, unknown>;
  sendError(res, err.code, err.message, rest);
}

import type { ServerResponse } from 'node:http';
import { ERROR_CODES, type ErrorCode } from '../graphql/error-codes';
import type { HubError } from '../graphql/hub-error';

/**
 * A GraphQL-shaped error body for the doors outside GraphQL (body limits, import, stream, timeouts), with the
 * code's own HTTP status: the same code always answers with the same status.
 */
export function sendError(res: ServerResponse, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  // Node's API, not Express's: the GraphQL door answers plain Node responses.
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.statusCode = ERROR_CODES[code].status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** A HubError as such a body: its reason and details as GraphQL would carry them. */
export function sendHubError(res: ServerResponse, err: HubError): void {
  const { code: _code, http: _http, ...rest } = err.extensions as Record<string, unknown>;
  sendError(res, err.code, err.message, rest);
}

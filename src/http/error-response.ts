import type { Response } from 'express';
import type { ErrorCode } from '../graphql/error-codes';

/** A GraphQL-shaped error body for failures that happen before GraphQL runs (body size, JSON, timeouts). */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

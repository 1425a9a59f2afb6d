import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes';

/**
 * A caller's mistake or a refusal: its message (Chinese, for department users) and code reach the client.
 * Anything else thrown is an internal error and is masked.
 */
export class HubError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { httpStatus?: number; details?: Record<string, unknown>; extensions?: Record<string, unknown> } = {},
  ) {
    super(message, {
      extensions: {
        ...options.extensions,
        code,
        ...(options.details ? { details: options.details } : {}),
        ...(options.httpStatus ? { http: { status: options.httpStatus } } : {}),
      },
    });
    this.name = 'HubError';
  }
}

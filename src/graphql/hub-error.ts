import { GraphQLError } from 'graphql';
import { ERROR_CODES, ErrorCode } from './error-codes';

/**
 * A caller's mistake or a refusal: its message (Chinese, for department users) and code reach the client, with
 * a `reason` from DenialReason for refusals and any other detail under `details`. Anything else thrown is an
 * internal error and is masked.
 */
export class HubError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: {
      reason?: string;
      details?: Record<string, unknown>;
      /** Answer the whole GraphQL response with the code's HTTP status (a refused operation, not one field). */
      refusesOperation?: boolean;
    } = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(options.reason ? { reason: options.reason } : {}),
        ...(options.details ? { details: options.details } : {}),
        ...(options.refusesOperation ? { http: { status: ERROR_CODES[code].status } } : {}),
      },
    });
    this.name = 'HubError';
  }

  /** The HTTP status this error answers with outside GraphQL. */
  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** The caller gave a bad value for `argument`: BAD_USER_INPUT with the argument named in `details`. */
export function badInput(argument: string, message: string): HubError {
  return new HubError(ErrorCode.BAD_USER_INPUT, message, { details: { argument } });
}

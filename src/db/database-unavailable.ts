/** Network errors of a connection that cannot be made or was cut. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now. */
const SHUTDOWN = new Set(['57P01', '57P02', '57P03']);
/** What pg and pg-pool say of a connection lost or not to be had, when they give no code. */
const LOST = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i;

/**
 * Whether an error means the database cannot be reached right now (down, restarting, unreachable), as opposed to a
 * fault of the query: the caller gets 503 SERVICE_UNAVAILABLE and may retry, not 500. TypeORM wraps the driver's
 * error in `driverError`.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK.has(code) || SHUTDOWN.has(code) || code.startsWith('08')) return true;
    if (typeof e.message === 'string' && LOST.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时不可用，请稍后重试 (database unavailable)';

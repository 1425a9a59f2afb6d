import type { IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';

const ROOT = Symbol('hub logger');
const MADE = Symbol('request logger');

/** For a request that did not pass the app's first handler (a handler mounted on its own): lines still go out. */
let fallback: Logger | undefined;

type Logged = IncomingMessage & { id?: unknown; log?: Logger; [ROOT]?: Logger; [MADE]?: Logger };

/** Marks a request with the hub's logger, from which `requestLog` makes its logger when something is logged. */
export function logRequestsWith(req: IncomingMessage, logger: Logger): void {
  (req as Logged)[ROOT] = logger;
}

/**
 * The request's logger: pino-http's, when the access log made one (level info and below); else a child of the hub's
 * logger with the request id, made only when something is logged. A function, not Express's `req.log`: the GraphQL
 * door serves plain Node requests.
 */
export function requestLog(req: IncomingMessage): Logger {
  const logged = req as Logged;
  if (logged.log) return logged.log;
  const root = logged[ROOT] ?? (fallback ??= pino({ name: 'soilhub' }));
  return (logged[MADE] ??= root.child({ reqId: logged.id }));
}

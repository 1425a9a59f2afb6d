import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { createLimiter, type RateLimitStore } from './rate-limit-store';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import type { HubMetrics } from '../observability/metrics';
import { authenticate } from '../sharing/identity/api-keys';
import type { JwtVerifier } from '../sharing/identity/jwt-verifier';
import type { KeyCache } from '../sharing/identity/key-cache';
import type { Principal } from '../sharing/identity/principal';
import { sendError, sendHubError } from './error-response';
import { requestLog } from './request-log';

export interface DoorDeps {
  db: DataSource;
  clock: Clock;
  jwt?: JwtVerifier;
  metrics: HubMetrics;
  /** Requests per minute one key (or one department's tokens) may send; 0: no limit. */
  keyRateLimit: number;
  rateLimitStore: RateLimitStore;
  /** Requests of one key in progress at once through this door (0: no bound). */
  keyConcurrency: number;
  /** Recently used keys (forgotten when LISTEN soilhub_keys says they changed). */
  keys?: KeyCache;
  /** Failed authentications per minute from one client address before it is refused for the rest of the minute. */
  authFailureLimit: number;
  /** The client's address (the socket's, or a trusted proxy's forwarded one). */
  addressOf: (req: IncomingMessage) => string;
}

/** The failure limiter's window. */
const FAILURE_WINDOW_MS = 60_000;

/** The principal the door let in, for the handlers behind it. */
export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new Error('no principal: the route is not behind authenticateRequests');
  return principal;
}

function refuse(res: Response, msBeforeNext: number, message: string): void {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  res.setHeader('Retry-After', String(seconds));
  sendError(res, ErrorCode.RATE_LIMITED, `${message}，请 ${seconds} 秒后再试 (rate limited)`);
}

/**
 * The door of every department route (/graphql, /import/samples, /changes/stream): the key or token is
 * checked once here, a client address that keeps failing is refused for the rest of the minute, and each key is
 * held to its rate (KEY_RATE_LIMIT, shared by both handlers) and to what it has in progress (KEY_CONCURRENCY,
 * requests and live streams each). Failures are counted (soilhub_auth_failures_total) and logged, never with the key.
 */
export function authenticateRequests(deps: DoorDeps): { requests: RequestHandler; streams: RequestHandler } {
  const failures = deps.authFailureLimit > 0 ? new RateLimiterMemory({ points: deps.authFailureLimit, duration: FAILURE_WINDOW_MS / 1000 }) : undefined;
  // A key's rate is shared by every hub on the database when the store is PostgreSQL (RATE_LIMIT_STORE).
  const perKey = deps.keyRateLimit > 0 ? createLimiter(deps.rateLimitStore, deps.db, { keyPrefix: 'key', points: deps.keyRateLimit, duration: 60 }) : undefined;
  // Addresses with a failure in the limiter's window: only they need the limiter's (asynchronous) count.
  const failedAt = new Map<string, number>();
  const failedLately = (address: string): boolean => {
    const at = failedAt.get(address);
    if (at === undefined) return false;
    if (Date.now() - at < FAILURE_WINDOW_MS) return true;
    failedAt.delete(address);
    return false;
  };
  /** Oldest first (re-inserted on every failure), so the expired ones are dropped from the front. */
  const remember = (address: string): void => {
    const now = Date.now();
    failedAt.delete(address);
    failedAt.set(address, now);
    for (const [oldest, at] of failedAt) {
      if (now - at < FAILURE_WINDOW_MS) break;
      failedAt.delete(oldest);
    }
  };
  // Live streams stay open for hours: they are held to the same bound, counted apart from requests.
  return { requests: door(new Map()), streams: door(new Map()) };

  function door(inFlight: Map<string, number>): RequestHandler {
    return async (req: Request, res: Response, next) => {
      const address = deps.addressOf(req);
      if (failures && failedLately(address)) {
        const record = await failures.get(address);
        if (record && record.consumedPoints >= deps.authFailureLimit) {
          return refuse(res, record.msBeforeNext, '该地址认证失败次数过多');
        }
      }
      let principal: Principal;
      try {
        principal = await authenticate(deps.db, req.headers.authorization, deps.clock(), deps.jwt, deps.keys);
      } catch (err) {
        if (!(err instanceof HubError)) return next(err);
        deps.metrics.authFailures.inc({ route: req.baseUrl || req.path });
        requestLog(req).warn({ address, reason: err.message }, 'authentication failed');
        if (failures) {
          remember(address);
          await failures.penalty(address, 1);
        }
        return sendHubError(res, err);
      }
      if (perKey) {
        try {
          const r = await perKey.consume(principal.keyId !== null ? `key:${principal.keyId}` : `token:${principal.code}`);
          res.setHeader('RateLimit-Remaining', String(r.remainingPoints));
        } catch (r) {
          if (!(r instanceof RateLimiterRes)) return next(r);
          requestLog(req).warn({ department: principal.code, keyId: principal.keyId }, 'key rate limited');
          return refuse(res, r.msBeforeNext, `本密钥每分钟最多 ${deps.keyRateLimit} 次请求`);
        }
      }
      if (deps.keyConcurrency > 0) {
        // A key's share of the hub is bounded by what it has in progress, however cheap or costly each request is.
        const id = principal.keyId !== null ? `key:${principal.keyId}` : `token:${principal.code}`;
        const running = inFlight.get(id) ?? 0;
        if (running >= deps.keyConcurrency) {
          requestLog(req).warn({ department: principal.code, keyId: principal.keyId }, 'key concurrency limited');
          return refuse(res, 1000, `本密钥同时进行的请求最多 ${deps.keyConcurrency} 个`);
        }
        inFlight.set(id, running + 1);
        res.once('close', () => {
          const left = (inFlight.get(id) ?? 1) - 1;
          if (left > 0) inFlight.set(id, left);
          else inFlight.delete(id);
        });
      }
      res.locals.principal = principal;
      next();
    };
  }
}

/** X-Purpose carries the request's purpose, percent-encoded UTF-8 (HTTP headers are Latin-1). */
export function purposeOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value?.trim()) return null;
  try {
    return decodeURIComponent(value.trim());
  } catch {
    return value.trim();
  }
}

import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode } from '../graphql/error-codes';
import { sendError } from './error-response';

/** Requests per minute per client address on the anonymous public endpoint and pages; 429 RATE_LIMITED beyond. */
export function rateLimit(limiter: RateLimiterAbstract, addressOf: (req: IncomingMessage) => string): RequestHandler {
  return (req, res, next) => {
    limiter.consume(addressOf(req)).then(
      (r) => {
        res.setHeader('RateLimit-Remaining', String(r.remainingPoints));
        next();
      },
      (r: unknown) => {
        if (!(r instanceof RateLimiterRes)) return next(r);
        res.setHeader('Retry-After', String(Math.ceil(r.msBeforeNext / 1000)));
        sendError(res, ErrorCode.RATE_LIMITED, `请求过于频繁，请 ${Math.ceil(r.msBeforeNext / 1000)} 秒后再试 (rate limited)`);
      },
    );
  };
}

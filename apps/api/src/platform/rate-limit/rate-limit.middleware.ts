import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@opencpi/contracts';
import { correlationIdOf } from '../http/correlation-id';
import { problemFor, sendProblem } from '../errors/problem';
import { RateLimiter, type Budget } from './rate-limiter';

export { RateLimiter } from './rate-limiter';

/**
 * X-RateLimit-Limit/Remaining/Reset (AgID ModI RAC_ROBUSTEZZA_001) of the budget nearest to exhaustion: a later,
 * narrower budget (the session's, a login route's) replaces the address's only when it has less left.
 */
export function setRateLimitHeaders(res: Response, b: Budget): void {
  const current = res.getHeader('X-RateLimit-Remaining');
  if (current !== undefined && Number(current) < b.remaining) return;
  res.setHeader('X-RateLimit-Limit', String(b.limit));
  res.setHeader('X-RateLimit-Remaining', String(b.remaining));
  res.setHeader('X-RateLimit-Reset', String(b.resetSeconds));
}

export function rateLimitedDetail(b: Budget, what: string): string {
  return `Limit of ${b.limit} requests a minute ${what} reached; retry after the time in Retry-After`;
}

/**
 * The first budget of every request: per client address (req.ip, which honours TRUST_PROXY), whatever cookie it
 * sends. An unverified cookie is not an identity: the per-session budget is applied by the auth guard once the
 * session has been found (RequestRateLimits). Over the limit: 429 problem+json with Retry-After, before any
 * other work (no session lookup, no counter row beyond the address's own).
 */
export function rateLimitMiddleware(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const b = limiter.take(`ip:${req.ip ?? 'unknown'}`, limiter.addressLimit);
    setRateLimitHeaders(res, b);
    if (!b.allowed) {
      sendProblem(res, problemFor(ErrorCode.RATE_LIMITED, correlationIdOf(req), rateLimitedDetail(b, 'from this address')), { 'Retry-After': String(b.resetSeconds) });
      return;
    }
    next();
  };
}

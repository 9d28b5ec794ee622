import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@opencpi/contracts';
import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';
import { rateLimitedDetail, setRateLimitHeaders } from './rate-limit.middleware';
import { STRICT_RATE_LIMIT_KEY, type StrictBudget } from './rate-limit.decorator';
import { RateLimiter, type Budget } from './rate-limiter';

/**
 * The budgets that need to know the route or the verified session: called by the auth guard right after it has
 * looked the session up (never from the raw cookie, which anyone can make up). A verified session has its own
 * budget (RATE_LIMIT_PER_MINUTE); routes marked with @StrictRateLimit have a stricter one on top.
 */
@Injectable()
export class RequestRateLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly reflector: Reflector,
  ) {}

  /** Throws RATE_LIMITED (429, Retry-After) when a budget of this request is spent. `sessionId`: of a verified, active session. */
  check(context: ExecutionContext, sessionId: string | null): void {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const strict = this.reflector.getAllAndOverride<StrictBudget | undefined>(STRICT_RATE_LIMIT_KEY, [context.getHandler(), context.getClass()]);
    if (strict) {
      const who = strict === 'otp' && sessionId ? `s:${sessionId}` : `ip:${req.ip ?? 'unknown'}`;
      this.enforce(res, this.limiter.take(`${strict}:${who}`, this.limiter.sensitiveLimit), `for ${strict} requests`);
    }
    if (sessionId) this.enforce(res, this.limiter.take(`s:${sessionId}`, this.limiter.limit), 'for this session');
  }

  private enforce(res: Response, b: Budget, what: string): void {
    setRateLimitHeaders(res, b);
    if (!b.allowed) throw new DomainError(ErrorCode.RATE_LIMITED, rateLimitedDetail(b, what), undefined, { 'Retry-After': String(b.resetSeconds) });
  }
}

import { Global, Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';
import { RequestRateLimits } from './request-rate-limits';

/** The rate limiter (address budget: middleware in bootstrap.ts; session and strict budgets: RequestRateLimits, called by the auth guard). */
@Global()
@Module({ providers: [RateLimiter, RequestRateLimits], exports: [RateLimiter, RequestRateLimits] })
export class RateLimitModule {}

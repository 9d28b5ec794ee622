import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { ErrorCode } from '@opencpi/contracts';
import { correlationIdOf } from '../http/correlation-id';
import { problemFor, sendProblem } from '../errors/problem';

const WINDOW_MS = 60_000;

/**
 * Rate limiting per client (session cookie, else IP) in a one-minute fixed window, counted in PostgreSQL
 * so that the limit holds across replicas. Every answer carries X-RateLimit-Limit/Remaining/Reset
 * (AgID ModI RAC_ROBUSTEZZA_001); over the limit: 429 problem+json with Retry-After.
 */
export function rateLimitMiddleware(db: DataSource, limit: number) {
  let sinceCleanup = 0;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const now = Date.now();
      const windowStart = new Date(now - (now % WINDOW_MS));
      const sid = (req.cookies as Record<string, string> | undefined)?.['opencpi_sid'];
      const key = sid ? `s:${createHash('sha256').update(sid).digest('hex').slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
      const rows: { hits: number }[] = await db.query(
        `INSERT INTO platform.rate_limit_counters (key, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1 RETURNING hits`,
        [key, windowStart],
      );
      if (++sinceCleanup >= 500) {
        sinceCleanup = 0;
        void db.query(`DELETE FROM platform.rate_limit_counters WHERE window_start < now() - interval '5 minutes'`).catch(() => undefined);
      }
      const hits = rows[0]?.hits ?? 1;
      const reset = Math.ceil((windowStart.getTime() + WINDOW_MS - now) / 1000);
      res.setHeader('X-RateLimit-Limit', String(limit));
      res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - hits)));
      res.setHeader('X-RateLimit-Reset', String(reset));
      if (hits > limit) {
        sendProblem(res, problemFor(ErrorCode.RATE_LIMITED, correlationIdOf(req), `Limit of ${limit} requests a minute reached`), { 'Retry-After': String(reset) });
        return;
      }
      next();
    } catch {
      // Fail open: with the database down the request fails on its own (and /api/status says why);
      // the limiter must not turn that into a different error.
      next();
    }
  };
}

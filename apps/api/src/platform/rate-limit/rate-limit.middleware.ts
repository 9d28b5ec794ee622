import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env';
import { createHash } from 'node:crypto';
import { ErrorCode } from '@opencpi/contracts';
import { correlationIdOf } from '../http/correlation-id';
import { problemFor, sendProblem } from '../errors/problem';

const WINDOW_MS = 60_000;
const FLUSH_MS = 1_000;

interface Counter { windowStart: number; local: number; unflushed: number; others: number }

/**
 * Counts requests per client key in one-minute fixed windows: exactly in this process, and across replicas
 * through PostgreSQL. Every second the process adds its new hits to `platform.rate_limit_counters` in one
 * statement and reads back the window's total, so the other replicas' hits count too. A request costs no
 * query; across N replicas a client can exceed the limit by at most what it sends in one flush interval.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly counters = new Map<string, Counter>();
  private flushing: Promise<void> | null = null;
  private sinceCleanup = 0;
  private readonly timer: NodeJS.Timeout;

  readonly limit: number;

  constructor(@InjectDataSource() private readonly db: DataSource, env: Env) {
    this.limit = env.RATE_LIMIT_PER_MINUTE;
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** Counts one hit of `key` now; returns the hits of the window so far (all replicas, as last known) and its end. */
  hit(key: string, now = Date.now()): { hits: number; resetAt: number } {
    const windowStart = now - (now % WINDOW_MS);
    let c = this.counters.get(key);
    if (!c || c.windowStart !== windowStart) {
      c = { windowStart, local: 0, unflushed: 0, others: 0 };
      this.counters.set(key, c);
    }
    c.local++;
    c.unflushed++;
    return { hits: c.local + c.others, resetAt: windowStart + WINDOW_MS };
  }

  /** Writes the new hits to PostgreSQL and learns the other replicas' (one statement for all keys). */
  flush(): Promise<void> {
    this.flushing ??= this.doFlush().finally(() => { this.flushing = null; });
    return this.flushing;
  }

  private async doFlush(): Promise<void> {
    const now = Date.now();
    const current = now - (now % WINDOW_MS);
    const batch: { key: string; c: Counter; n: number }[] = [];
    for (const [key, c] of this.counters) {
      // a past window: only its last hits still matter (to the other replicas); then it is forgotten
      if (c.windowStart < current && c.unflushed === 0) { this.counters.delete(key); continue; }
      // a key without new hits is read back only when it nears the limit: then the other replicas' hits matter
      // (refreshing every idle key each second would make a flood of one-off clients a flood of writes)
      if (c.unflushed > 0 || (c.local + c.others) * 2 >= this.limit) batch.push({ key, c, n: c.unflushed });
    }
    if (batch.length === 0) return;
    for (const b of batch) b.c.unflushed -= b.n;
    try {
      const rows: { key: string; windowStart: Date; hits: number }[] = await this.db.query(
        `INSERT INTO platform.rate_limit_counters (key, window_start, hits)
         SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + EXCLUDED.hits
         RETURNING key, window_start AS "windowStart", hits`,
        [batch.map((b) => b.key), batch.map((b) => new Date(b.c.windowStart)), batch.map((b) => b.n)],
      );
      for (const r of rows) {
        const c = this.counters.get(r.key);
        // what the database holds beyond what this process sent is the other replicas' share
        if (c && c.windowStart === new Date(r.windowStart).getTime()) c.others = Math.max(c.others, r.hits - (c.local - c.unflushed));
      }
      if (++this.sinceCleanup >= 60) {
        this.sinceCleanup = 0;
        await this.db.query(`DELETE FROM platform.rate_limit_counters WHERE window_start < now() - interval '5 minutes'`);
      }
    } catch {
      for (const b of batch) b.c.unflushed += b.n; // the database is down: count them again next time
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

/**
 * Rate limiting per client (session cookie, else IP). Every answer carries X-RateLimit-Limit/Remaining/Reset
 * (AgID ModI RAC_ROBUSTEZZA_001); over the limit: 429 problem+json with Retry-After.
 */
export function rateLimitMiddleware(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const now = Date.now();
    const sid = (req.cookies as Record<string, string> | undefined)?.['opencpi_sid'];
    const key = sid ? `s:${createHash('sha256').update(sid).digest('hex').slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
    const { hits, resetAt } = limiter.hit(key, now);
    const reset = Math.ceil((resetAt - now) / 1000);
    res.setHeader('X-RateLimit-Limit', String(limiter.limit));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limiter.limit - hits)));
    res.setHeader('X-RateLimit-Reset', String(reset));
    if (hits > limiter.limit) {
      sendProblem(res, problemFor(ErrorCode.RATE_LIMITED, correlationIdOf(req), `Limit of ${limiter.limit} requests a minute reached`), { 'Retry-After': String(reset) });
      return;
    }
    next();
  };
}

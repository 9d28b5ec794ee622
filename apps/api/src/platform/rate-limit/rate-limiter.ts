import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env';

const WINDOW_MS = 60_000;
const FLUSH_MS = 1_000;

/** One budget's state after a request: the answer's X-RateLimit-* headers, and Retry-After when not allowed. */
export interface Budget {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
}

interface Counter {
  windowStart: number;
  local: number;
  unflushed: number;
  others: number;
  limit: number;
}

/**
 * Counts requests per client key in one-minute fixed windows: exactly in this process, and across replicas
 * through PostgreSQL. Every second the process adds its new hits to `platform.rate_limit_counters` in one
 * statement and reads back the window's total, so the other replicas' hits count too. A request costs no
 * query; across N replicas a client can exceed the limit by at most what it sends in one flush interval.
 *
 * Why not rate-limiter-flexible's RateLimiterPostgres: it is one upsert per budget per request, so two round trips
 * more for every booking (address + session). `node tools/bench/rate-limiter.cjs` on the 2-core machine (load
 * average about 8, three runs): 3–5 µs a request for both budgets here, against 1.8–6.3 ms p50 and 16–47 ms p99
 * sequentially, and 470–650 requests/s with 20 concurrent clients, through RateLimiterPostgres; the booking goal
 * is p95 ≤ 50 ms.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly counters = new Map<string, Counter>();
  private flushing: Promise<void> | null = null;
  private sinceCleanup = 0;
  private readonly timer: NodeJS.Timeout;

  /** requests a minute per verified session */
  readonly limit: number;
  /** requests a minute per client address, whatever the cookie */
  readonly addressLimit: number;
  /** login, OTP and public-link requests a minute (per address; per session for OTP) */
  readonly sensitiveLimit: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    env: Env,
  ) {
    this.limit = env.RATE_LIMIT_PER_MINUTE;
    this.addressLimit = env.RATE_LIMIT_PER_ADDRESS_PER_MINUTE ?? env.RATE_LIMIT_PER_MINUTE * 4;
    this.sensitiveLimit = env.RATE_LIMIT_SENSITIVE_PER_MINUTE ?? Math.max(5, Math.floor(env.RATE_LIMIT_PER_MINUTE / 10));
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /**
   * Counts one hit of `key` now; returns the hits of the window so far (all replicas, as last known) and its end.
   * `limit` (default: the per-session one) only tells the flush when the other replicas' hits start to matter.
   */
  hit(key: string, now = Date.now(), limit = this.limit): { hits: number; resetAt: number } {
    const windowStart = now - (now % WINDOW_MS);
    let c = this.counters.get(key);
    if (!c || c.windowStart !== windowStart) {
      c = { windowStart, local: 0, unflushed: 0, others: 0, limit };
      this.counters.set(key, c);
    }
    c.local++;
    c.unflushed++;
    return { hits: c.local + c.others, resetAt: windowStart + WINDOW_MS };
  }

  /** Counts one request of `key` against `limit`: whether it may pass, and what the X-RateLimit headers say. */
  take(key: string, limit: number, now = Date.now()): Budget {
    const { hits, resetAt } = this.hit(key, now, limit);
    return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), resetSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }

  /** Writes the new hits to PostgreSQL and learns the other replicas' (one statement for all keys). */
  flush(): Promise<void> {
    this.flushing ??= this.doFlush().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async doFlush(): Promise<void> {
    const now = Date.now();
    const current = now - (now % WINDOW_MS);
    const batch: { key: string; c: Counter; n: number }[] = [];
    for (const [key, c] of this.counters) {
      // a past window: only its last hits still matter (to the other replicas); then it is forgotten
      if (c.windowStart < current && c.unflushed === 0) {
        this.counters.delete(key);
        continue;
      }
      // a key without new hits is read back only when it nears the limit: then the other replicas' hits matter
      // (refreshing every idle key each second would make a flood of one-off clients a flood of writes)
      if (c.unflushed > 0 || (c.local + c.others) * 2 >= c.limit) batch.push({ key, c, n: c.unflushed });
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

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Env } from '../../config/env';
import { EventConsumers, NonRetryableEventError, type DeliveredEvent } from './event-consumers';
import { EventDeliveryRepository } from './event-delivery.repository';

const DEFAULT_MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 10 * 60_000;

/** Delay before attempt n+1 after n failures: exponential from `baseMs`, capped, with jitter in [½, 1]. */
export function retryDelayMs(failures: number, baseMs: number, random: () => number = Math.random): number {
  const exp = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/**
 * Delivers domain events to their consumers, at least once, in order per aggregate: each delivery runs in its
 * own transaction with the consumer's work and the `done` mark, claimed with SKIP LOCKED so replicas share the
 * work. A failure rolls back, is counted and retried with backoff; too many (or a NonRetryableEventError) make
 * it a dead letter, which an operator can retry. Worker processes (JOBS_WORKERS) poll every EVENTS_POLL_MS.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly env: Env,
    private readonly consumers: EventConsumers,
    private readonly repo: EventDeliveryRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.JOBS_WORKERS) return;
    this.timer = setInterval(() => {
      if (this.running || this.stopped) return;
      this.running = this.pass(false, new Set())
        .catch((e: unknown) => this.logger.error(`event relay pass failed: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          this.running = undefined;
        });
    }, this.env.EVENTS_POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * Delivers everything that is due now, until nothing is left (tests, drills). `ignoreBackoff`: also runs
   * deliveries waiting for their next attempt; each failing delivery is tried at most once per call.
   */
  async drain(opts: { ignoreBackoff?: boolean; timeoutMs?: number } = {}): Promise<number> {
    const failed = new Set<string>();
    const until = Date.now() + (opts.timeoutMs ?? 60_000);
    let total = 0;
    for (;;) {
      const { attempted, busy } = await this.pass(opts.ignoreBackoff ?? false, failed);
      total += attempted;
      if (attempted === 0 && busy === 0) return total;
      if (Date.now() > until) throw new Error(`event relay: still busy after ${opts.timeoutMs ?? 60_000} ms`);
      if (attempted === 0) await new Promise((r) => setTimeout(r, 20)); // another worker holds them: wait for it
    }
  }

  /** One batch: how many deliveries it attempted, and how many another worker was running. */
  private async pass(anyTime: boolean, failed: Set<string>, batch = 50): Promise<{ attempted: number; busy: number }> {
    const names = this.consumers.all().map((c) => c.name);
    if (names.length === 0) return { attempted: 0, busy: 0 };
    const ids = await this.repo.due(names, batch, anyTime, [...failed]);
    let attempted = 0;
    let busy = 0;
    for (const id of ids) {
      if (this.stopped) break;
      const outcome = await this.deliver(id);
      if (outcome === 'busy') busy++;
      else attempted++;
      if (outcome === 'failed') failed.add(id);
    }
    return { attempted, busy };
  }

  private async deliver(id: string): Promise<'done' | 'failed' | 'busy'> {
    let consumerName = '?';
    let attempts = 0;
    try {
      const outcome = await this.repo.db.transaction(async (m) => {
        const row = await this.repo.claim(m, id);
        if (!row) return 'busy' as const;
        consumerName = row.consumer;
        attempts = row.attempts;
        const consumer = this.consumers.get(row.consumer);
        if (!consumer) throw new NonRetryableEventError(`no consumer ${row.consumer} in this process`);
        const event: DeliveredEvent = {
          id: row.eventId,
          type: row.type,
          version: row.version,
          aggregateType: row.aggregateType,
          aggregateId: row.aggregateId,
          payload: row.payload as unknown as DeliveredEvent['payload'],
          occurredAt: row.occurredAt,
        };
        await consumer.handle(event, m);
        await this.repo.markDone(m, id);
        return 'done' as const;
      });
      return outcome;
    } catch (e) {
      const consumer = this.consumers.get(consumerName);
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 2000);
      const status = await this.repo.markFailed(
        id,
        message,
        e instanceof NonRetryableEventError,
        consumer?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryDelayMs(attempts + 1, this.env.EVENTS_RETRY_BASE_MS),
      );
      this.logger.warn(`event delivery ${id} to ${consumerName} failed (attempt ${attempts + 1}${status === 'dead' ? ', dead-lettered' : ''}): ${message}`);
      return 'failed';
    }
  }
}

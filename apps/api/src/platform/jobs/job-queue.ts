import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { Env } from '../../config/env';

/** One line for a pg-boss error event: message, SQL state, queue and worker when known. */
export function describeJobError(e: unknown): string {
  const o = (typeof e === 'object' && e !== null ? e : {}) as { message?: unknown; code?: unknown; queue?: unknown; worker?: unknown };
  const message = typeof o.message === 'string' ? o.message : String(e);
  const extra = [
    typeof o.code === 'string' ? `code ${o.code}` : null,
    typeof o.queue === 'string' ? `queue ${o.queue}` : null,
    typeof o.worker === 'string' ? `worker ${o.worker}` : null,
  ].filter(Boolean);
  return extra.length > 0 ? `${message} (${extra.join(', ')})` : message;
}

/** pg-boss's `offWork` checks every 1,000 ms whether the workers it stopped have stopped. */
const STOPPED_WORKERS_CHECK_MS = 1_100;

export type JobHandler<T> = (data: T) => Promise<void>;
interface Registration {
  name: string;
  handler: JobHandler<unknown>;
  options: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
}

/**
 * pg-boss over the API's PostgreSQL (schema `pgboss`): jobs survive restarts and are shared by every API
 * replica. Modules register workers at init; with JOBS_WORKERS=false a process only enqueues.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: { name: string; cron: string }[] = [];
  private started = false;

  constructor(private readonly env: Env) {
    this.boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: 'pgboss', max: 4, application_name: 'opencpi-jobs' });
    // a message, not the error object: pg errors carry their client (socket, pool, config) and would be dumped whole
    this.boss.on('error', (e) => this.logger.error(`job queue error: ${describeJobError(e)}`));
  }

  register<T>(name: string, handler: JobHandler<T>, options: Partial<Registration['options']> = {}): void {
    this.registrations.push({ name, handler: handler as JobHandler<unknown>, options: { retryLimit: 50, retryDelay: 2, retryBackoff: true, ...options } });
  }

  /** Runs `name` on a cron schedule (once across all replicas). */
  scheduleEvery(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const r of this.registrations) {
      await this.boss.createQueue(r.name, { name: r.name, ...r.options, expireInSeconds: 60 });
      if (this.env.JOBS_WORKERS) {
        await this.boss.work<unknown>(r.name, { pollingIntervalSeconds: this.env.JOBS_POLL_SECONDS, batchSize: 5 }, async (jobs) => {
          for (const job of jobs) await r.handler(job.data);
        });
      }
    }
    for (const sch of this.schedules) await this.boss.schedule(sch.name, sch.cron, {}, { tz: 'Europe/Rome' });
  }

  /**
   * Queues jobs inside the caller's database transaction (the transactional outbox): they exist only if the
   * transaction commits, and cost one statement however many there are.
   */
  async insertInTransaction<T extends object>(
    m: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
    name: string,
    jobs: { data: T; startAfter?: Date; singletonKey?: string }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const executeSql = async (text: string, values: unknown[]) => ({ rows: ((await m.query(text, values)) as unknown[]) ?? [] });
    await this.boss.insert(
      jobs.map((j) => ({ name, data: j.data, ...(j.startAfter ? { startAfter: j.startAfter.toISOString() } : {}), ...(j.singletonKey ? { singletonKey: j.singletonKey } : {}) })),
      { db: { executeSql } },
    );
  }

  async send<T extends object>(name: string, data: T, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /**
   * Stops the workers, then closes pg-boss's pool. Its pool stays open until the workers have stopped: pg-pool
   * never answers a request still queued when it ends, so a worker waiting for a connection would never stop, and
   * pg-boss's `offWork` would keep polling it every second for ever (ci37: that poll outlived a test file).
   */
  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000, close: false });
    await sleep(STOPPED_WORKERS_CHECK_MS); // `offWork` sees the stopped workers on its next check and returns
    await (this.boss.getDb() as unknown as { close: () => Promise<void> }).close();
  }
}

import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { MetricsRepository } from './metrics.repository';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * Prometheus metrics of one API process, in a registry of its own (one per application instance, so that the
 * integration tests can run several apps in one process). Labels never carry personal data: route templates
 * (`/api/citizen/agenda/appointments/:id`), methods, statuses, channels, outcomes, queue and outbox names.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'opencpi_http_request_duration_seconds',
    help: 'HTTP requests by route template, method and status, with their latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly deliveries = new Counter({
    name: 'opencpi_notification_deliveries_total',
    help: 'Notification delivery attempts by channel and outcome (sent, failed, skipped)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly jobs = new Gauge({
    name: 'opencpi_job_queue_jobs',
    help: 'Jobs in the pg-boss queues by queue and state (created, retry, active)',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });

  private readonly outboxLag = new Gauge({
    name: 'opencpi_outbox_lag_seconds',
    help: 'Age of the oldest due message not yet dispatched, per outbox table (0 when none waits)',
    labelNames: ['outbox'] as const,
    registers: [this.registry],
  });

  private readonly outboxPending = new Gauge({
    name: 'opencpi_outbox_pending',
    help: 'Due messages not yet dispatched, per outbox table',
    labelNames: ['outbox'] as const,
    registers: [this.registry],
  });

  private readonly eventDeliveries = new Gauge({
    name: 'opencpi_event_deliveries',
    help: 'Domain-event deliveries not done, per consumer and state (pending, failing = pending after a failure, dead)',
    labelNames: ['consumer', 'state'] as const,
    registers: [this.registry],
  });

  private readonly scrapeErrors = new Counter({
    name: 'opencpi_metrics_scrape_errors_total',
    help: 'Database-backed gauges that could not be read during a scrape',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  constructor(private readonly repo: MetricsRepository) {
    collectDefaultMetrics({ register: this.registry, prefix: 'opencpi_' });
    const pool = (): PgPool | undefined => this.repo.pool();
    const poolGauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    poolGauge('opencpi_db_pool_connections', 'Connections open in the API database pool', (p) => p.totalCount);
    poolGauge('opencpi_db_pool_idle', 'Idle connections in the API database pool', (p) => p.idleCount);
    poolGauge('opencpi_db_pool_waiting', 'Queries waiting for a connection of the API database pool', (p) => p.waitingCount);
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  recordDelivery(channel: string, outcome: 'sent' | 'failed' | 'skipped'): void {
    this.deliveries.inc({ channel, outcome });
  }

  /** The exposition text, after reading the database-backed gauges (queue depth, outbox lag). */
  async render(): Promise<string> {
    await Promise.all([this.readJobQueue(), this.readOutboxes(), this.readEventDeliveries()]);
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readJobQueue(): Promise<void> {
    try {
      const rows = await this.repo.jobQueue();
      this.jobs.reset();
      for (const r of rows) this.jobs.set({ queue: r.queue, state: r.state }, r.n);
    } catch {
      this.scrapeErrors.inc({ source: 'job_queue' });
    }
  }

  private async readEventDeliveries(): Promise<void> {
    try {
      const rows = await this.repo.eventDeliveries();
      this.eventDeliveries.reset();
      for (const r of rows) for (const state of ['pending', 'failing', 'dead'] as const) this.eventDeliveries.set({ consumer: r.consumer, state }, r[state]);
    } catch {
      this.scrapeErrors.inc({ source: 'event_deliveries' });
    }
  }

  private async readOutboxes(): Promise<void> {
    try {
      const rows = await this.repo.outboxes();
      for (const r of rows) {
        this.outboxPending.set({ outbox: r.outbox }, r.n);
        this.outboxLag.set({ outbox: r.outbox }, Math.max(0, r.lag));
      }
    } catch {
      this.scrapeErrors.inc({ source: 'outbox' });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The database reads behind the database-backed gauges (read at scrape time). */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The API's connection pool (node-postgres), when there is one. */
  pool(): PgPool | undefined {
    return (this.db.driver as unknown as { master?: PgPool }).master;
  }

  async jobQueue(): Promise<{ queue: string; state: string; n: number }[]> {
    return this.db.query(`SELECT name AS queue, state::text AS state, count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY 1, 2`);
  }

  async eventDeliveries(): Promise<{ consumer: string; pending: number; failing: number; dead: number }[]> {
    return this.db.query(
      `SELECT consumer, count(*) FILTER (WHERE status = 'pending')::int AS pending,
                count(*) FILTER (WHERE status = 'pending' AND attempts > 0)::int AS failing, count(*) FILTER (WHERE status = 'dead')::int AS dead
           FROM events.deliveries WHERE status <> 'done' GROUP BY consumer`,
    );
  }

  async outboxes(): Promise<{ outbox: string; n: number; lag: number }[]> {
    return this.db.query(
      `SELECT 'notifications.messages' AS outbox, count(*)::int AS n, COALESCE(extract(epoch FROM now() - min(GREATEST(not_before, created_at))), 0)::float8 AS lag
           FROM notifications.messages WHERE status = 'pending' AND queued_at IS NULL AND not_before <= now()
         UNION ALL
         SELECT 'events.deliveries', count(*)::int, COALESCE(extract(epoch FROM now() - min(o.occurred_at)), 0)::float8
           FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id WHERE d.status = 'pending'`,
    );
  }
}

import type { SqlStatement } from '../../database/sql-statement';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEventType } from '@opencpi/contracts';

export interface DeliveryRow {
  id: string;
  consumer: string;
  eventId: string;
  type: DomainEventType;
  version: number;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
  attempts: number;
}

export interface DeadLetterRow {
  id: string;
  consumer: string;
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  attempts: number;
  occurredAt: Date;
  firstFailedAt: Date | null;
  deadAt: Date;
  lastError: string | null;
}

export interface ConsumerSummaryRow {
  consumer: string;
  pending: number;
  failing: number;
  dead: number;
  oldestPendingSince: Date | null;
}

/** Every query of the event outbox and its deliveries. */
@Injectable()
export class EventDeliveryRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  /** The event and one pending delivery per consumer, in one statement of the producer's transaction. */
  async insertEvent(m: EntityManager, e: { type: string; version: number; aggregateType: string; aggregateId: string; payload: unknown }, consumers: string[]): Promise<void> {
    await m.query(
      `WITH e AS (
         INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id
       )
       INSERT INTO events.deliveries (consumer, event_id, aggregate_type, aggregate_id)
       SELECT c, e.id, $3, $4 FROM e CROSS JOIN unnest($6::text[]) AS c`,
      [e.type, e.version, e.aggregateType, e.aggregateId, e.payload, consumers],
    );
  }

  /**
   * The same insert as two CTE members of a statement another module composes (`INSERT … SELECT … FROM <from>`): the
   * event and its deliveries are written only when `from` yields a row (e.g. the CTE that took a seat).
   */
  insertEventSql(
    st: SqlStatement,
    e: { type: string; version: number; aggregateType: string; aggregateId: string; payload: unknown },
    consumers: string[],
    from: string,
    name: string,
  ): { name: string; sql: string }[] {
    const aggregateType = st.p(e.aggregateType, 'text');
    const aggregateId = st.p(e.aggregateId, 'text');
    return [
      {
        name: `${name}_event`,
        sql: `INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload)
              SELECT ${st.p(e.type, 'text')}, ${st.p(e.version, 'int')}, ${aggregateType}, ${aggregateId}, ${st.p(JSON.stringify(e.payload), 'jsonb')} FROM ${from} RETURNING id`,
      },
      {
        name: `${name}_deliveries`,
        sql: `INSERT INTO events.deliveries (consumer, event_id, aggregate_type, aggregate_id)
              SELECT c, ev.id, ${aggregateType}, ${aggregateId} FROM ${name}_event ev CROSS JOIN unnest(${st.p(consumers, 'text[]')}) AS c`,
      },
    ];
  }

  /**
   * Deliveries that may run now: pending, due (unless `anyTime`), of a consumer in `consumers`, and with no earlier
   * unfinished delivery of the same aggregate to the same consumer (order per aggregate), first due first.
   */
  async due(consumers: string[], limit: number, anyTime: boolean, exclude: string[]): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT d.id FROM events.deliveries d
        WHERE d.status = 'pending' AND d.consumer = ANY($1::text[]) AND ($3 OR d.next_attempt_at <= now())
          AND NOT (d.id = ANY($4::bigint[]))
          AND NOT EXISTS (
            SELECT 1 FROM events.deliveries p
             WHERE p.consumer = d.consumer AND p.aggregate_type = d.aggregate_type AND p.aggregate_id = d.aggregate_id
               AND p.status <> 'done' AND p.event_id < d.event_id)
        -- by due time: a retry queues behind what became due before it (no starvation during an outage)
        ORDER BY d.next_attempt_at, d.event_id LIMIT $2`,
      [consumers, limit, anyTime, exclude],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Locks one pending delivery for the caller's transaction (null when another worker has it or it is finished). */
  async claim(m: EntityManager, id: string): Promise<DeliveryRow | null> {
    const [row] = (await m.query(
      `SELECT d.id, d.consumer, d.event_id AS "eventId", o.type, o.version, o.aggregate_type AS "aggregateType",
              o.aggregate_id AS "aggregateId", o.payload, o.occurred_at AS "occurredAt", d.attempts
         FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id
        WHERE d.id = $1 AND d.status = 'pending'
        FOR UPDATE OF d SKIP LOCKED`,
      [id],
    )) as DeliveryRow[];
    return row ?? null;
  }

  async markDone(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE events.deliveries SET status = 'done', processed_at = now(), last_attempt_at = now(), attempts = attempts + 1 WHERE id = $1`, [id]);
  }

  /** After a failed attempt (its transaction rolled back): count it, keep the error, schedule the next or dead-letter. */
  async markFailed(id: string, error: string, dead: boolean, maxAttempts: number, retryInMs: number): Promise<'pending' | 'dead' | null> {
    const [row] = (await this.db.query(
      `UPDATE events.deliveries
          SET attempts = attempts + 1, last_attempt_at = now(), first_failed_at = COALESCE(first_failed_at, now()), last_error = $2,
              status = CASE WHEN $3 OR attempts + 1 >= $4 THEN 'dead' ELSE 'pending' END,
              dead_at = CASE WHEN $3 OR attempts + 1 >= $4 THEN now() END,
              next_attempt_at = now() + make_interval(secs => $5::double precision / 1000)
        WHERE id = $1 AND status = 'pending'
        RETURNING status`,
      [id, error, dead, maxAttempts, retryInMs],
    )) as [{ status: 'pending' | 'dead' }[], number];
    return row[0]?.status ?? null;
  }

  async deadLetters(limit: number, offset: number): Promise<{ rows: DeadLetterRow[]; total: number }> {
    const rows = (await this.db.query(
      `SELECT d.id, d.consumer, d.event_id AS "eventId", o.type, d.aggregate_type AS "aggregateType", d.aggregate_id AS "aggregateId",
              d.attempts, o.occurred_at AS "occurredAt", d.first_failed_at AS "firstFailedAt", d.dead_at AS "deadAt", d.last_error AS "lastError",
              count(*) OVER () AS total
         FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id
        WHERE d.status = 'dead'
        ORDER BY d.dead_at DESC, d.id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    )) as (DeadLetterRow & { total: string })[];
    return { rows, total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
  }

  /** A dead letter back to pending, due now, with a fresh attempt budget (its history stays in first_failed_at / last_error). */
  async revive(id: string): Promise<{ consumer: string; type: string; aggregateType: string; aggregateId: string } | null> {
    const [rows] = (await this.db.query(
      `UPDATE events.deliveries d SET status = 'pending', attempts = 0, next_attempt_at = now(), dead_at = NULL
         FROM events.outbox o
        WHERE d.id = $1 AND d.status = 'dead' AND o.id = d.event_id
        RETURNING d.consumer, o.type, d.aggregate_type AS "aggregateType", d.aggregate_id AS "aggregateId"`,
      [id],
    )) as [{ consumer: string; type: string; aggregateType: string; aggregateId: string }[], number];
    return rows[0] ?? null;
  }

  async summary(): Promise<ConsumerSummaryRow[]> {
    const rows = (await this.db.query(
      `SELECT consumer,
              count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'pending' AND attempts > 0)::int AS failing,
              count(*) FILTER (WHERE status = 'dead')::int AS dead,
              min(o.occurred_at) FILTER (WHERE status = 'pending') AS "oldestPendingSince"
         FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id
        WHERE status <> 'done'
        GROUP BY consumer ORDER BY consumer`,
    )) as ConsumerSummaryRow[];
    return rows;
  }
}

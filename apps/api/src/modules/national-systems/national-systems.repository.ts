import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NationalSystemsSendState } from '@opencpi/contracts';

export interface SendRow {
  measureId: string;
  benefit: string;
  state: NationalSystemsSendState;
  attempts: number;
  firstAttemptAt: Date;
  lastAttemptAt: Date;
  lastError: string | null;
  receiptId: string | null;
  receiptDuplicate: boolean | null;
  sentAt: Date | null;
}

const COLUMNS = `measure_id AS "measureId", benefit, state, attempts, first_attempt_at AS "firstAttemptAt", last_attempt_at AS "lastAttemptAt",
  last_error AS "lastError", receipt_id AS "receiptId", receipt_duplicate AS "receiptDuplicate", sent_at AS "sentAt"`;

/** Every query of the national-systems module (schema national_systems). */
@Injectable()
export class NationalSystemsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts an attempt in its own committed statement (not in the delivery's transaction, which a failure rolls
   * back): the first one creates the row. A measure that had failed (dead-lettered, then retried by an operator)
   * is waiting again; a sent one is left as it is (a redelivery). Returns the row after the count.
   */
  async recordAttempt(a: { measureId: string; idempotencyKey: string; eventId: string; benefit: string }): Promise<SendRow> {
    const rows = (await this.db.query(
      `INSERT INTO national_systems.sends AS s (measure_id, idempotency_key, event_id, benefit, attempts) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (measure_id) DO UPDATE SET attempts = s.attempts + (CASE WHEN s.state = 'sent' THEN 0 ELSE 1 END),
         last_attempt_at = CASE WHEN s.state = 'sent' THEN s.last_attempt_at ELSE now() END,
         state = CASE WHEN s.state = 'failed' THEN 'waiting' ELSE s.state END
       RETURNING ${COLUMNS}`,
      [a.measureId, a.idempotencyKey, a.eventId, a.benefit],
    )) as SendRow[];
    return rows[0]!;
  }

  /** The last failure, committed on its own; `failed` when the receiver refused the content (no retry helps). */
  async recordFailure(measureId: string, error: string, failed: boolean): Promise<void> {
    await this.db.query(`UPDATE national_systems.sends SET last_error = $2, state = CASE WHEN $3::boolean THEN 'failed' ELSE state END WHERE measure_id = $1 AND state <> 'sent'`, [
      measureId,
      error.slice(0, 80),
      failed,
    ]);
  }

  /** In the delivery's transaction: sent exactly when the relay records the event as done. */
  async markSent(m: EntityManager, measureId: string, receiptId: string, duplicate: boolean): Promise<void> {
    await m.query(`UPDATE national_systems.sends SET state = 'sent', receipt_id = $2, receipt_duplicate = $3, sent_at = now(), last_error = NULL WHERE measure_id = $1`, [
      measureId,
      receiptId.slice(0, 120),
      duplicate,
    ]);
  }

  async byMeasures(measureIds: string[]): Promise<SendRow[]> {
    if (measureIds.length === 0) return [];
    return (await this.db.query(`SELECT ${COLUMNS} FROM national_systems.sends WHERE measure_id = ANY($1::uuid[])`, [measureIds])) as SendRow[];
  }

  /** A page of one state, oldest first attempt first, with the state's total. */
  async page(state: NationalSystemsSendState, limit: number, offset: number): Promise<{ rows: SendRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} FROM national_systems.sends WHERE state = $1 ORDER BY first_attempt_at, measure_id LIMIT $2 OFFSET $3`, [state, limit, offset]) as Promise<
        SendRow[]
      >,
      this.db.query(`SELECT count(*)::int AS n FROM national_systems.sends WHERE state = $1`, [state]) as Promise<{ n: number }[]>,
    ]);
    return { rows, total: count[0]?.n ?? 0 };
  }
}

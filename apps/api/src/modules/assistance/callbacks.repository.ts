import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface CallbackRow {
  id: string;
  citizenId: string;
  fiscalCode: string;
  phone: string;
  timeWindow: string;
  topic: string | null;
  status: string;
  requestedAt: Date;
  handledAt: Date | null;
}
const COLUMNS = `id, citizen_id AS "citizenId", fiscal_code AS "fiscalCode", phone, time_window AS "timeWindow", topic, status,
  requested_at AS "requestedAt", handled_at AS "handledAt"`;

/** The assistance schema's queries: callback requests. */
@Injectable()
export class CallbacksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async latestOf(citizenId: string): Promise<CallbackRow | undefined> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM assistance.callback_requests WHERE citizen_id = $1 ORDER BY requested_at DESC LIMIT 1`, [
      citizenId,
    ])) as CallbackRow[];
    return rows[0];
  }

  /** Throws the unique violation `callback_requests_open_key` when the person has an open request. */
  async insert(
    m: EntityManager,
    r: { citizenId: string; fiscalCode: string; officeId: string | null; phone: string; timeWindow: string; topic: string | null },
  ): Promise<CallbackRow> {
    const rows = (await m.query(
      `INSERT INTO assistance.callback_requests (citizen_id, fiscal_code, office_id, phone, time_window, topic) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [r.citizenId, r.fiscalCode, r.officeId, r.phone, r.timeWindow, r.topic],
    )) as CallbackRow[];
    return rows[0]!;
  }

  openOfOffices(officeIds: readonly string[], limit: number): Promise<CallbackRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM assistance.callback_requests WHERE status = 'open' AND office_id = ANY($1::uuid[]) ORDER BY requested_at LIMIT $2`, [
      [...officeIds],
      limit,
    ]) as Promise<CallbackRow[]>;
  }

  /** The open request `id` of one of `officeIds`, now handled; undefined when there is none. */
  async handle(m: EntityManager, id: string, officeIds: readonly string[], outcome: string, by: string): Promise<CallbackRow | undefined> {
    // node-postgres via TypeORM answers [rows, count] for UPDATE … RETURNING
    const [rows] = (await m.query(
      `UPDATE assistance.callback_requests SET status = $3, handled_at = now(), handled_by = $4
        WHERE id = $1 AND status = 'open' AND office_id = ANY($2::uuid[]) RETURNING ${COLUMNS}`,
      [id, [...officeIds], outcome, by],
    )) as [CallbackRow[], number];
    return rows[0];
  }
}

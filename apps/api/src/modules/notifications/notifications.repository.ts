import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReceiptStatus } from '@opencpi/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlStatement } from '../../database/sql-statement';

export interface Preference {
  fiscalCode: string;
  channels: string[];
  locale: string;
  quietStart: string | null;
  quietEnd: string | null;
}
export interface OutboxRow {
  key: string;
  fiscalCode: string;
  channel: string;
  address: string;
  template: string;
  locale: string;
  subject: string;
  body: string;
  notBefore: Date;
}
export interface Delivery {
  id: string;
  channel: string;
  address: string;
  status: string;
  providerMessageId: string | null;
  sentAt: Date | null;
  receiptStatus: string | null;
  receiptAt: Date | null;
  attempts: { attempt: number; startedAt: string; outcome: string; providerMessageId: string | null; error: string | null }[];
  recipientFiscalCode: string;
  createdAt: Date;
  notBefore: Date;
  /** set by NotificationsService.deliveriesFor: a pending message held back, until when, and whether by quiet hours */
  queuedUntil?: Date;
  quietHours?: boolean;
}
export interface PendingMessage {
  id: string;
  channel: string;
  address: string;
  subject: string;
  body: string;
  recipientFiscalCode: string;
  notBefore: Date;
}

/** `LIKE` pattern of keys starting with `prefix`. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** The notifications schema: preferences, the message outbox, delivery attempts and receipts. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async optedOut(fiscalCodes: string[]): Promise<string[]> {
    const rows = (await this.db.query(`SELECT fiscal_code AS "fiscalCode" FROM notifications.preferences WHERE non_mandatory_opt_out AND fiscal_code = ANY($1::text[])`, [
      fiscalCodes,
    ])) as { fiscalCode: string }[];
    return rows.map((r) => r.fiscalCode.trim());
  }

  preferencesFor(fiscalCodes: string[]): Promise<Preference[]> {
    return this.preferencesOf(this.db.manager, fiscalCodes);
  }

  preferencesOf(m: EntityManager, fiscalCodes: string[]): Promise<Preference[]> {
    return m.query(
      `SELECT fiscal_code AS "fiscalCode", channels, locale, quiet_start AS "quietStart", quiet_end AS "quietEnd" FROM notifications.preferences WHERE fiscal_code = ANY($1::text[])`,
      [fiscalCodes],
    );
  }

  /** The same preferences as a scalar subquery (a JSON array) for a statement another module composes. */
  preferencesSql(st: SqlStatement, fiscalCode: string): string {
    return `(SELECT COALESCE(json_agg(json_build_object('fiscalCode', fiscal_code, 'channels', channels, 'locale', locale, 'quietStart', quiet_start, 'quietEnd', quiet_end)), '[]')
               FROM notifications.preferences WHERE fiscal_code = ${st.p(fiscalCode)})`;
  }

  /**
   * Writes messages into the outbox as a CTE member of a composed statement (`guard`: a CTE that must yield a
   * row for anything to be written). A repeated key is ignored. RETURNING id.
   */
  outboxInsertSql(st: SqlStatement, rows: OutboxRow[], guard?: string): string {
    const col = <K extends keyof OutboxRow>(k: K, cast: string) =>
      st.p(
        rows.map((r) => r[k]),
        cast,
      );
    return `INSERT INTO notifications.messages (dedupe_key, recipient_fiscal_code, channel, address, template, locale, subject, body, not_before)
            SELECT * FROM unnest(${col('key', 'text[]')}, ${col('fiscalCode', 'text[]')}, ${col('channel', 'text[]')}, ${col('address', 'text[]')}, ${col('template', 'text[]')},
                                 ${col('locale', 'text[]')}, ${col('subject', 'text[]')}, ${col('body', 'text[]')}, ${col('notBefore', 'timestamptz[]')})
            ${guard ? `WHERE EXISTS (SELECT 1 FROM ${guard})` : ''}
            ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`;
  }

  /** Writes messages into the outbox in the caller's transaction; the ids of those not already there. */
  async insertOutbox(m: EntityManager, rows: OutboxRow[]): Promise<string[]> {
    const st = new SqlStatement();
    const inserted = (await m.query(this.outboxInsertSql(st, rows), st.params)) as { id: string }[];
    return inserted.map((r) => r.id);
  }

  /** Marks up to `batch` due messages nobody queued yet as queued (SKIP LOCKED: replicas share the work); their ids. */
  async claimDue(m: EntityManager, batch: number): Promise<string[]> {
    const rows = (await m.query(
      `UPDATE notifications.messages SET queued_at = now()
        WHERE id IN (SELECT id FROM notifications.messages WHERE status = 'pending' AND queued_at IS NULL AND not_before <= now()
                      ORDER BY not_before LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [batch],
    )) as [{ id: string }[], number];
    return rows[0].map((r) => r.id);
  }

  async cancelPending(m: EntityManager, keyPrefix: string): Promise<void> {
    await m.query(`UPDATE notifications.messages SET status = 'skipped' WHERE status = 'pending' AND dedupe_key LIKE $1`, [startsWith(keyPrefix)]);
  }

  async messageIdByProvider(channel: string, providerMessageId: string): Promise<string | null> {
    const [msg] = (await this.db.query(`SELECT id FROM notifications.messages WHERE channel = $1 AND provider_message_id = $2`, [channel, providerMessageId])) as { id: string }[];
    return msg?.id ?? null;
  }

  /** Appends a receipt to a message (a repeated identical receipt is recorded once). */
  async insertReceipt(messageId: string, channel: string, status: ReceiptStatus, occurredAt: Date, providerMessageId: string | null, detail: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO notifications.delivery_receipts (message_id, channel, status, occurred_at, provider_message_id, detail)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::timestamptz, $5::varchar, $6::varchar WHERE EXISTS (SELECT 1 FROM notifications.messages WHERE id = $1::uuid)
          AND NOT EXISTS (SELECT 1 FROM notifications.delivery_receipts WHERE message_id = $1::uuid AND status = $3::varchar AND occurred_at = $4::timestamptz)`,
      [messageId, channel, status, occurredAt, providerMessageId, detail],
    );
  }

  deliveriesFor(keyPrefix: string): Promise<Delivery[]> {
    return this.db.query(
      `SELECT m.id, m.channel, m.address, m.status, m.provider_message_id AS "providerMessageId", m.sent_at AS "sentAt",
              m.recipient_fiscal_code AS "recipientFiscalCode", m.created_at AS "createdAt", m.not_before AS "notBefore",
              r.status AS "receiptStatus", r.occurred_at AS "receiptAt",
              COALESCE(json_agg(json_build_object('attempt', d.attempt, 'startedAt', d.started_at, 'outcome', d.outcome,
                'providerMessageId', d.provider_message_id, 'error', d.error) ORDER BY d.attempt) FILTER (WHERE d.id IS NOT NULL), '[]') AS attempts
         FROM notifications.messages m LEFT JOIN notifications.delivery_attempts d ON d.message_id = m.id
         LEFT JOIN LATERAL (SELECT status, occurred_at FROM notifications.delivery_receipts x WHERE x.message_id = m.id ORDER BY occurred_at DESC, id DESC LIMIT 1) r ON true
        WHERE m.dedupe_key LIKE $1 GROUP BY m.id, r.status, r.occurred_at ORDER BY m.created_at, m.channel`,
      [startsWith(keyPrefix)],
    );
  }

  /** The message, locked for sending, if still pending and nobody else is sending it. */
  async lockPending(m: EntityManager, messageId: string): Promise<PendingMessage | null> {
    const [msg] = (await m.query(
      `SELECT id, channel, address, subject, body, recipient_fiscal_code AS "recipientFiscalCode", not_before AS "notBefore"
         FROM notifications.messages WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`,
      [messageId],
    )) as PendingMessage[];
    return msg ?? null;
  }

  async markSkipped(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.query(`UPDATE notifications.messages SET status = 'skipped', last_error = $2 WHERE id = $1`, [id, reason]);
  }

  /** One sending attempt: the message's state after it, and the attempt's record. `providerId` null: it failed with `error`. */
  async recordAttempt(m: EntityManager, id: string, startedAt: Date, result: { providerId: string } | { error: string }): Promise<void> {
    if ('providerId' in result) {
      await m.query(`UPDATE notifications.messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, provider_message_id = $2, last_error = NULL WHERE id = $1`, [
        id,
        result.providerId,
      ]);
    } else {
      await m.query(`UPDATE notifications.messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, result.error]);
    }
    await m.query(
      `INSERT INTO notifications.delivery_attempts (message_id, attempt, channel, started_at, finished_at, outcome, provider_message_id, error)
        SELECT $1, attempts, channel, $2, now(), $3, $4, $5 FROM notifications.messages WHERE id = $1`,
      'providerId' in result ? [id, startedAt, 'sent', result.providerId, null] : [id, startedAt, 'failed', null, result.error],
    );
  }

  /** Messages due and still pending though queued more than 30 s ago (provider down past the retries, or a crash). */
  async staleQueued(): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM notifications.messages WHERE status = 'pending' AND not_before <= now() AND queued_at < now() - interval '30 seconds' ORDER BY not_before LIMIT 500`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The language a person chose for their messages (null: no preference saved). */
  async localeOf(fiscalCode: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT locale FROM notifications.preferences WHERE fiscal_code = $1`, [fiscalCode])) as { locale: string }[];
    return row?.locale ?? null;
  }
}

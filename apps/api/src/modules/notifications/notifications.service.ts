import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, type DeliveryReceiptBody, type ReceiptStatus } from '@opencpi/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Env } from '../../config/env';
import { SqlStatement } from '../../database/sql-statement';
import { DomainError } from '../../platform/errors/domain-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { MetricsService } from '../../platform/metrics/metrics.service';
import { minutesOf, romeParts, romeToInstant, addDays } from '../agenda/domain/rome-time';
import { EMAIL_PORT, IO_PORT, SMS_PORT, type ChannelPort } from './ports/notification-channel.port';
import { render, type TemplateName } from './templates';

export const SEND_QUEUE = 'notifications.send';
export const SWEEP_QUEUE = 'notifications.sweep';

export interface Delivery {
  id: string; channel: string; address: string; status: string; providerMessageId: string | null; sentAt: Date | null;
  receiptStatus: string | null; receiptAt: Date | null;
  attempts: { attempt: number; startedAt: string; outcome: string; providerMessageId: string | null; error: string | null }[];
}
export interface Recipient { fiscalCode: string; email: string | null; mobilePhone: string | null }
export interface NotifyRequest {
  /** stable key of this message, e.g. `appointment:<id>:confirmed`; a repeat is ignored */
  key: string;
  recipient: Recipient;
  template: TemplateName;
  vars: Record<string, string>;
  /** not before this instant (reminders); quiet hours may push it later */
  notBefore?: Date;
  /** the answer to something the person just did (e.g. their booking's confirmation): sent now, quiet hours do not apply */
  immediate?: boolean;
  /** only these channels, whatever the person's preferences (e.g. a one-time code sent where the person asked) */
  channels?: string[];
}

export interface Preference { fiscalCode: string; channels: string[]; locale: string; quietStart: string | null; quietEnd: string | null }
export interface OutboxRow {
  key: string; fiscalCode: string; channel: string; address: string; template: string; locale: string; subject: string; body: string; notBefore: Date;
}

const DEFAULT_CHANNELS = ['email', 'sms'];

/**
 * Transactional outbox + queue: `enqueue` writes the messages in the caller's transaction (the outbox); the
 * dispatcher (every NOTIFICATION_DISPATCH_MS on worker processes) queues a sending job for each message when it
 * is due; the worker sends each message at most once per successful provider call, retrying with backoff while
 * the provider is down, and a sweeper re-queues anything queued but still pending (jobs out of retries, a lost job).
 */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsService.name);
  private dispatcher: NodeJS.Timeout | null = null;
  private readonly ports = new Map<string, ChannelPort>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly env: Env,
    @Optional() @Inject(EMAIL_PORT) email?: ChannelPort,
    @Optional() @Inject(SMS_PORT) sms?: ChannelPort,
    @Optional() @Inject(IO_PORT) io?: ChannelPort,
    @Optional() private readonly metrics?: MetricsService,
  ) {
    for (const p of [email, sms, io]) if (p) this.ports.set(p.channel, p);
    this.jobs.register<{ messageId: string }>(SEND_QUEUE, (d) => this.deliver(d.messageId), { retryDelay: env.JOBS_RETRY_DELAY_SECONDS });
    this.jobs.register<Record<string, never>>(SWEEP_QUEUE, async () => { await this.sweep(); }, { retryLimit: 0 });
    this.jobs.scheduleEvery(SWEEP_QUEUE, '* * * * *');
  }

  channelPort(channel: string): ChannelPort | undefined {
    return this.ports.get(channel);
  }

  /** Writes one message per preferred channel the person can be reached on. Returns the new message ids. */
  enqueue(m: EntityManager, req: NotifyRequest): Promise<string[]> {
    return this.enqueueMany(m, [req]);
  }

  /** The notification preferences of these people (channels, language, quiet hours). */
  async preferencesOf(m: EntityManager, fiscalCodes: string[]): Promise<Preference[]> {
    return (await m.query(
      `SELECT fiscal_code AS "fiscalCode", channels, locale, quiet_start AS "quietStart", quiet_end AS "quietEnd" FROM notifications.preferences WHERE fiscal_code = ANY($1::text[])`,
      [fiscalCodes],
    )) as Preference[];
  }

  /**
   * The same preferences as a scalar subquery (a JSON array) for a statement another module composes, so that
   * they come with that module's own read in one round trip.
   */
  preferencesSql(st: SqlStatement, fiscalCode: string): string {
    return `(SELECT COALESCE(json_agg(json_build_object('fiscalCode', fiscal_code, 'channels', channels, 'locale', locale, 'quietStart', quiet_start, 'quietEnd', quiet_end)), '[]')
               FROM notifications.preferences WHERE fiscal_code = ${st.p(fiscalCode)})`;
  }

  /** The messages of these requests, rendered in each person's language, one per channel they can be reached on. */
  outboxRows(reqs: NotifyRequest[], prefs: Preference[]): OutboxRow[] {
    const [qs, qe] = this.env.NOTIFICATION_QUIET_HOURS ? this.env.NOTIFICATION_QUIET_HOURS.split('-') : [null, null];
    const rows: OutboxRow[] = [];
    for (const req of reqs) {
      const pref = prefs.find((p) => p.fiscalCode === req.recipient.fiscalCode);
      const locale = pref?.locale ?? 'it';
      const { subject, body } = render(req.template, locale, req.vars);
      const quiet = pref ? { start: pref.quietStart, end: pref.quietEnd } : { start: qs ?? null, end: qe ?? null };
      const notBefore = req.immediate && !req.notBefore ? new Date() : outsideQuietHours(req.notBefore ?? new Date(), quiet);
      for (const channel of req.channels ?? pref?.channels ?? DEFAULT_CHANNELS) {
        const address = channel === 'email' ? req.recipient.email : channel === 'sms' ? req.recipient.mobilePhone : channel === 'io' ? req.recipient.fiscalCode : null;
        if (address) rows.push({ key: `${req.key}:${channel}`, fiscalCode: req.recipient.fiscalCode, channel, address, template: req.template, locale, subject, body, notBefore });
      }
    }
    return rows;
  }

  /**
   * Writes messages into the outbox as a CTE member of a composed statement (`guard`: a CTE that must yield a
   * row for anything to be written). A repeated key is ignored. RETURNING id.
   */
  outboxInsertSql(st: SqlStatement, rows: OutboxRow[], guard?: string): string {
    const col = <K extends keyof OutboxRow>(k: K, cast: string) => st.p(rows.map((r) => r[k]), cast);
    return `INSERT INTO notifications.messages (dedupe_key, recipient_fiscal_code, channel, address, template, locale, subject, body, not_before)
            SELECT * FROM unnest(${col('key', 'text[]')}, ${col('fiscalCode', 'text[]')}, ${col('channel', 'text[]')}, ${col('address', 'text[]')}, ${col('template', 'text[]')},
                                 ${col('locale', 'text[]')}, ${col('subject', 'text[]')}, ${col('body', 'text[]')}, ${col('notBefore', 'timestamptz[]')})
            ${guard ? `WHERE EXISTS (SELECT 1 FROM ${guard})` : ''}
            ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`;
  }

  /**
   * Writes messages into the outbox in the caller's transaction (two statements whatever their number: the
   * recipients' preferences, the messages). The dispatcher hands them to the queue when they are due.
   */
  async enqueueMany(m: EntityManager, reqs: NotifyRequest[]): Promise<string[]> {
    if (reqs.length === 0) return [];
    const prefs = await this.preferencesOf(m, [...new Set(reqs.map((r) => r.recipient.fiscalCode))]);
    const rows = this.outboxRows(reqs, prefs);
    if (rows.length === 0) return [];
    const st = new SqlStatement();
    const inserted = (await m.query(this.outboxInsertSql(st, rows), st.params)) as { id: string }[];
    return inserted.map((r) => r.id);
  }

  /**
   * The outbox relay: hands the due messages nobody queued yet to the queue, a sending job each, in batches
   * (claimed with SKIP LOCKED, so replicas share the work and never queue a message twice). Returns how many.
   */
  async dispatch(batch = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.transaction(async (m) => {
        const rows = (await m.query(
          `UPDATE notifications.messages SET queued_at = now()
            WHERE id IN (SELECT id FROM notifications.messages WHERE status = 'pending' AND queued_at IS NULL AND not_before <= now()
                          ORDER BY not_before LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id`,
          [batch],
        )) as [{ id: string }[], number];
        await this.jobs.insertInTransaction(m, SEND_QUEUE, rows[0].map((r) => ({ data: { messageId: r.id }, singletonKey: r.id })));
        return rows[0].length;
      });
      total += n;
      if (n < batch) return total;
    }
  }

  onApplicationBootstrap(): void {
    if (!this.env.JOBS_WORKERS) return;
    let running = false;
    this.dispatcher = setInterval(() => {
      if (running) return;
      running = true;
      this.dispatch().catch((e) => this.logger.error({ err: e }, 'notification dispatch failed')).finally(() => { running = false; });
    }, this.env.NOTIFICATION_DISPATCH_MS);
  }

  onApplicationShutdown(): void {
    if (this.dispatcher) clearInterval(this.dispatcher);
  }

  /** Pending messages whose key starts with `prefix` will not be sent (e.g. reminders of a cancelled appointment). */
  async cancelPending(m: EntityManager, keyPrefix: string): Promise<void> {
    await m.query(`UPDATE notifications.messages SET status = 'skipped' WHERE status = 'pending' AND dedupe_key LIKE $1`, [`${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`]);
  }

  /**
   * A provider's delivery receipt, authenticated by an HMAC-SHA256 (RECEIPTS_SECRET) of
   * "<channel>\n<providerMessageId>\n<status>\n<occurredAt>" in the X-OpenCPI-Signature header (hex).
   */
  async receiveReceipt(channel: string, body: DeliveryReceiptBody, signature: string | undefined): Promise<{ messageId: string }> {
    const secret = this.env.RECEIPTS_SECRET;
    const expected = secret ? createHmac('sha256', secret).update(`${channel}\n${body.providerMessageId}\n${body.status}\n${body.occurredAt}`).digest('hex') : '';
    const given = Buffer.from(signature ?? '');
    if (!secret || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) throw new DomainError(ErrorCode.RECEIPT_SIGNATURE_INVALID);
    const [msg] = (await this.db.query(
      `SELECT id FROM notifications.messages WHERE channel = $1 AND provider_message_id = $2`, [channel, body.providerMessageId],
    )) as { id: string }[];
    if (!msg) throw new DomainError(ErrorCode.MESSAGE_NOT_FOUND, undefined, [{ pointer: '/providerMessageId', detail: 'no message sent with this provider id' }]);
    await this.recordReceipt(msg.id, channel, body.status, new Date(body.occurredAt), body.providerMessageId, body.detail ?? null);
    return { messageId: msg.id };
  }

  /** Appends a receipt to a message (a repeated identical receipt is recorded once). */
  async recordReceipt(messageId: string, channel: string, status: ReceiptStatus, occurredAt: Date, providerMessageId: string | null, detail: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO notifications.delivery_receipts (message_id, channel, status, occurred_at, provider_message_id, detail)
       SELECT $1::uuid, $2::varchar, $3::varchar, $4::timestamptz, $5::varchar, $6::varchar WHERE EXISTS (SELECT 1 FROM notifications.messages WHERE id = $1::uuid)
          AND NOT EXISTS (SELECT 1 FROM notifications.delivery_receipts WHERE message_id = $1::uuid AND status = $3::varchar AND occurred_at = $4::timestamptz)`,
      [messageId, channel, status, occurredAt, providerMessageId, detail],
    );
  }

  /** Every message whose key starts with `keyPrefix`, with each delivery attempt (proof of what was sent). */
  async deliveriesFor(keyPrefix: string): Promise<Delivery[]> {
    const rows = (await this.db.query(
      `SELECT m.id, m.channel, m.address, m.status, m.provider_message_id AS "providerMessageId", m.sent_at AS "sentAt",
              r.status AS "receiptStatus", r.occurred_at AS "receiptAt",
              COALESCE(json_agg(json_build_object('attempt', d.attempt, 'startedAt', d.started_at, 'outcome', d.outcome,
                'providerMessageId', d.provider_message_id, 'error', d.error) ORDER BY d.attempt) FILTER (WHERE d.id IS NOT NULL), '[]') AS attempts
         FROM notifications.messages m LEFT JOIN notifications.delivery_attempts d ON d.message_id = m.id
         LEFT JOIN LATERAL (SELECT status, occurred_at FROM notifications.delivery_receipts x WHERE x.message_id = m.id ORDER BY occurred_at DESC, id DESC LIMIT 1) r ON true
        WHERE m.dedupe_key LIKE $1 GROUP BY m.id, r.status, r.occurred_at ORDER BY m.created_at, m.channel`,
      [`${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`],
    )) as Delivery[];
    return rows;
  }

  /** The job: send one message if still pending, exactly once per successful provider call. */
  async deliver(messageId: string): Promise<void> {
    const failure = await this.db.transaction(async (m) => {
      const [msg] = (await m.query(
        `SELECT id, channel, address, subject, body, recipient_fiscal_code AS "recipientFiscalCode", not_before AS "notBefore"
           FROM notifications.messages WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`,
        [messageId],
      )) as { id: string; channel: string; address: string; subject: string; body: string; recipientFiscalCode: string; notBefore: Date }[];
      if (!msg || new Date(msg.notBefore) > new Date()) return null;
      const port = this.ports.get(msg.channel);
      if (!port) {
        await m.query(`UPDATE notifications.messages SET status = 'skipped', last_error = 'channel not configured' WHERE id = $1`, [msg.id]);
        this.metrics?.recordDelivery(msg.channel, 'skipped');
        return null;
      }
      const startedAt = new Date();
      const attemptRow = `INSERT INTO notifications.delivery_attempts (message_id, attempt, channel, started_at, finished_at, outcome, provider_message_id, error)
        SELECT $1, attempts, channel, $2, now(), $3, $4, $5 FROM notifications.messages WHERE id = $1`;
      try {
        const providerId = await port.send(msg);
        await m.query(`UPDATE notifications.messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, provider_message_id = $2, last_error = NULL WHERE id = $1`, [msg.id, providerId]);
        await m.query(attemptRow, [msg.id, startedAt, 'sent', providerId, null]);
        this.metrics?.recordDelivery(msg.channel, 'sent');
        return null;
      } catch (e) {
        const error = (e as Error).message.slice(0, 500);
        await m.query(`UPDATE notifications.messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [msg.id, error]);
        await m.query(attemptRow, [msg.id, startedAt, 'failed', null, error]);
        this.metrics?.recordDelivery(msg.channel, 'failed');
        return error;
      }
    });
    if (failure) throw new Error(failure); // pg-boss retries with backoff
  }

  /** Re-queues messages that are due and still pending (provider was down past the retries, or a crash). */
  async sweep(): Promise<number> {
    const rows = (await this.db.query(
      `SELECT id FROM notifications.messages WHERE status = 'pending' AND not_before <= now() AND queued_at < now() - interval '30 seconds' ORDER BY not_before LIMIT 500`,
    )) as { id: string }[];
    for (const r of rows) await this.jobs.send(SEND_QUEUE, { messageId: r.id }, { singletonKey: r.id });
    return rows.length;
  }
}

/** Moves an instant out of the person's quiet hours (Rome time) to the end of them. */
export function outsideQuietHours(at: Date, quiet: { start: string | null; end: string | null }): Date {
  if (!quiet.start || !quiet.end) return at;
  const { date, time } = romeParts(at);
  const t = minutesOf(time);
  const s = minutesOf(quiet.start.slice(0, 5));
  const e = minutesOf(quiet.end.slice(0, 5));
  const inQuiet = s < e ? t >= s && t < e : t >= s || t < e;
  if (!inQuiet) return at;
  const endDate = s > e && t >= s ? addDays(date, 1) : date;
  return romeToInstant(endDate, quiet.end.slice(0, 5)) ?? at;
}

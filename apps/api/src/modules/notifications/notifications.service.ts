import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Env } from '../../config/env';
import { JobQueue } from '../../platform/jobs/job-queue';
import { minutesOf, romeParts, romeToInstant, addDays } from '../agenda/domain/rome-time';
import { EMAIL_PORT, IO_PORT, SMS_PORT, type ChannelPort } from './ports/notification-channel.port';
import { render, type TemplateName } from './templates';

export const SEND_QUEUE = 'notifications.send';
export const SWEEP_QUEUE = 'notifications.sweep';

export interface Delivery {
  id: string; channel: string; address: string; status: string; providerMessageId: string | null; sentAt: Date | null;
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
}

const DEFAULT_CHANNELS = ['email', 'sms'];

/**
 * Transactional outbox + queue: `enqueue` writes the messages in the caller's transaction; `dispatch` (after
 * commit) queues a job per message; the worker sends each message at most once per successful provider
 * call, retrying with backoff while the provider is down, and a sweeper re-queues anything left pending.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly ports = new Map<string, ChannelPort>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly env: Env,
    @Optional() @Inject(EMAIL_PORT) email?: ChannelPort,
    @Optional() @Inject(SMS_PORT) sms?: ChannelPort,
    @Optional() @Inject(IO_PORT) io?: ChannelPort,
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
  async enqueue(m: EntityManager, req: NotifyRequest): Promise<string[]> {
    const [pref] = (await m.query(
      `SELECT channels, locale, quiet_start AS "quietStart", quiet_end AS "quietEnd" FROM notifications.preferences WHERE fiscal_code = $1`,
      [req.recipient.fiscalCode],
    )) as { channels: string[]; locale: string; quietStart: string | null; quietEnd: string | null }[];
    const channels = pref?.channels ?? DEFAULT_CHANNELS;
    const locale = pref?.locale ?? 'it';
    const { subject, body } = render(req.template, locale, req.vars);
    const [qs, qe] = this.env.NOTIFICATION_QUIET_HOURS ? this.env.NOTIFICATION_QUIET_HOURS.split('-') : [null, null];
    const quiet = pref ? { start: pref.quietStart, end: pref.quietEnd } : { start: qs ?? null, end: qe ?? null };
    const notBefore = req.immediate && !req.notBefore ? new Date() : outsideQuietHours(req.notBefore ?? new Date(), quiet);
    const ids: string[] = [];
    for (const channel of channels) {
      const address = channel === 'email' ? req.recipient.email : channel === 'sms' ? req.recipient.mobilePhone : channel === 'io' ? req.recipient.fiscalCode : null;
      if (!address) continue;
      const rows = (await m.query(
        `INSERT INTO notifications.messages (dedupe_key, recipient_fiscal_code, channel, address, template, locale, subject, body, not_before)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [`${req.key}:${channel}`, req.recipient.fiscalCode, channel, address, req.template, locale, subject, body, notBefore],
      )) as { id: string }[];
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /** Pending messages whose key starts with `prefix` will not be sent (e.g. reminders of a cancelled appointment). */
  async cancelPending(m: EntityManager, keyPrefix: string): Promise<void> {
    await m.query(`UPDATE notifications.messages SET status = 'skipped' WHERE status = 'pending' AND dedupe_key LIKE $1`, [`${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`]);
  }

  /** Every message whose key starts with `keyPrefix`, with each delivery attempt (proof of what was sent). */
  async deliveriesFor(keyPrefix: string): Promise<Delivery[]> {
    const rows = (await this.db.query(
      `SELECT m.id, m.channel, m.address, m.status, m.provider_message_id AS "providerMessageId", m.sent_at AS "sentAt",
              COALESCE(json_agg(json_build_object('attempt', d.attempt, 'startedAt', d.started_at, 'outcome', d.outcome,
                'providerMessageId', d.provider_message_id, 'error', d.error) ORDER BY d.attempt) FILTER (WHERE d.id IS NOT NULL), '[]') AS attempts
         FROM notifications.messages m LEFT JOIN notifications.delivery_attempts d ON d.message_id = m.id
        WHERE m.dedupe_key LIKE $1 GROUP BY m.id ORDER BY m.created_at, m.channel`,
      [`${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`],
    )) as Delivery[];
    return rows;
  }

  /** After commit: queue the sending of these messages. */
  async dispatch(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    const rows = (await this.db.query(`SELECT id, not_before AS "notBefore" FROM notifications.messages WHERE id = ANY($1::uuid[])`, [messageIds])) as { id: string; notBefore: Date }[];
    for (const r of rows) {
      try {
        await this.jobs.send(SEND_QUEUE, { messageId: r.id }, { startAfter: r.notBefore, singletonKey: r.id });
      } catch (e) {
        this.logger.warn({ err: e, messageId: r.id }, 'could not queue message now; the sweeper will');
      }
    }
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
        return null;
      }
      const startedAt = new Date();
      const attemptRow = `INSERT INTO notifications.delivery_attempts (message_id, attempt, channel, started_at, finished_at, outcome, provider_message_id, error)
        SELECT $1, attempts, channel, $2, now(), $3, $4, $5 FROM notifications.messages WHERE id = $1`;
      try {
        const providerId = await port.send(msg);
        await m.query(`UPDATE notifications.messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, provider_message_id = $2, last_error = NULL WHERE id = $1`, [msg.id, providerId]);
        await m.query(attemptRow, [msg.id, startedAt, 'sent', providerId, null]);
        return null;
      } catch (e) {
        const error = (e as Error).message.slice(0, 500);
        await m.query(`UPDATE notifications.messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [msg.id, error]);
        await m.query(attemptRow, [msg.id, startedAt, 'failed', null, error]);
        return error;
      }
    });
    if (failure) throw new Error(failure); // pg-boss retries with backoff
  }

  /** Re-queues messages that are due and still pending (provider was down past the retries, or a crash). */
  async sweep(): Promise<number> {
    const rows = (await this.db.query(
      `SELECT id FROM notifications.messages WHERE status = 'pending' AND not_before <= now() AND created_at < now() - interval '30 seconds' ORDER BY not_before LIMIT 500`,
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

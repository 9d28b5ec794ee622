import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, type DeliveryReceiptBody, type ReceiptStatus } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../config/env';
import type { SqlStatement } from '../../database/sql-statement';
import { DomainError } from '../../platform/errors/domain-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { MetricsService } from '../../platform/metrics/metrics.service';
import { minutesOf, romeParts, romeToInstant, addDays } from '../../platform/time/rome-time';
import { EMAIL_PORT, IO_PORT, SMS_PORT, type ChannelPort } from './ports/notification-channel.port';
import { NotificationsRepository, type Delivery, type OutboxRow, type Preference } from './notifications.repository';
import { render, type TemplateName, type TemplateVar } from './templates';
import { toLocale, type Locale } from '../../platform/i18n/locale';

export const SEND_QUEUE = 'notifications.send';
export const SWEEP_QUEUE = 'notifications.sweep';

export type { Delivery, OutboxRow, Preference } from './notifications.repository';
export interface Recipient {
  fiscalCode: string;
  email: string | null;
  mobilePhone: string | null;
}
export interface NotifyRequest {
  /** stable key of this message, e.g. `appointment:<id>:confirmed`; a repeat is ignored */
  key: string;
  recipient: Recipient;
  template: TemplateName;
  /** the template's variables: data as is (names, titles, links), or words (`{ phrase }`, `{ it, en }`) in the recipient's language */
  vars: Record<string, TemplateVar>;
  /** not before this instant (reminders); quiet hours may push it later */
  notBefore?: Date;
  /** the answer to something the person just did (e.g. their booking's confirmation): sent now, quiet hours do not apply */
  immediate?: boolean;
  /** only these channels, whatever the person's preferences (e.g. a one-time code sent where the person asked) */
  channels?: string[];
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
    private readonly repo: NotificationsRepository,
    private readonly jobs: JobQueue,
    private readonly env: Env,
    @Optional() @Inject(EMAIL_PORT) email?: ChannelPort,
    @Optional() @Inject(SMS_PORT) sms?: ChannelPort,
    @Optional() @Inject(IO_PORT) io?: ChannelPort,
    @Optional() private readonly metrics?: MetricsService,
  ) {
    for (const p of [email, sms, io]) if (p) this.ports.set(p.channel, p);
    this.jobs.register<{ messageId: string }>(SEND_QUEUE, (d) => this.deliver(d.messageId), { retryDelay: env.JOBS_RETRY_DELAY_SECONDS });
    this.jobs.register<Record<string, never>>(
      SWEEP_QUEUE,
      async () => {
        await this.sweep();
      },
      { retryLimit: 0 },
    );
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
  preferencesOf(m: EntityManager, fiscalCodes: string[]): Promise<Preference[]> {
    return this.repo.preferencesOf(m, fiscalCodes);
  }

  /** Which of these people opted out of non-mandatory messages (outreach campaigns leave them out). */
  async optedOutOfNonMandatory(fiscalCodes: string[]): Promise<Set<string>> {
    if (fiscalCodes.length === 0) return new Set();
    return new Set(await this.repo.optedOut(fiscalCodes));
  }

  /** The language of a person's messages and of the documents made for them (their preference; Italian without one). */
  async localeOf(fiscalCode: string): Promise<Locale> {
    return toLocale(await this.repo.localeOf(fiscalCode));
  }

  /**
   * The same preferences as a scalar subquery (a JSON array) for a statement another module composes, so that
   * they come with that module's own read in one round trip.
   */
  preferencesSql(st: SqlStatement, fiscalCode: string): string {
    return this.repo.preferencesSql(st, fiscalCode);
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
    return this.repo.outboxInsertSql(st, rows, guard);
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
    return this.repo.insertOutbox(m, rows);
  }

  /**
   * The outbox relay: hands the due messages nobody queued yet to the queue, a sending job each, in batches
   * (claimed with SKIP LOCKED, so replicas share the work and never queue a message twice). Returns how many.
   */
  async dispatch(batch = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.repo.transaction(async (m) => {
        const ids = await this.repo.claimDue(m, batch);
        await this.jobs.insertInTransaction(
          m,
          SEND_QUEUE,
          ids.map((id) => ({ data: { messageId: id }, singletonKey: id })),
        );
        return ids.length;
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
      this.dispatch()
        .catch((e) => this.logger.error({ err: e }, 'notification dispatch failed'))
        .finally(() => {
          running = false;
        });
    }, this.env.NOTIFICATION_DISPATCH_MS);
  }

  onApplicationShutdown(): void {
    if (this.dispatcher) clearInterval(this.dispatcher);
  }

  /** Pending messages whose key starts with `prefix` will not be sent (e.g. reminders of a cancelled appointment). */
  async cancelPending(m: EntityManager, keyPrefix: string): Promise<void> {
    await this.repo.cancelPending(m, keyPrefix);
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
    const messageId = await this.repo.messageIdByProvider(channel, body.providerMessageId);
    if (!messageId) throw new DomainError(ErrorCode.MESSAGE_NOT_FOUND, undefined, [{ pointer: '/providerMessageId', detail: 'no message sent with this provider id' }]);
    await this.recordReceipt(messageId, channel, body.status, new Date(body.occurredAt), body.providerMessageId, body.detail ?? null);
    return { messageId };
  }

  /** Appends a receipt to a message (a repeated identical receipt is recorded once). */
  async recordReceipt(messageId: string, channel: string, status: ReceiptStatus, occurredAt: Date, providerMessageId: string | null, detail: string | null): Promise<void> {
    await this.repo.insertReceipt(messageId, channel, status, occurredAt, providerMessageId, detail);
  }

  /** Every message whose key starts with `keyPrefix`, with each delivery attempt (proof of what was sent). */
  async deliveriesFor(keyPrefix: string, now = new Date()): Promise<Delivery[]> {
    const rows = await this.repo.deliveriesFor(keyPrefix);
    const held = rows.filter((d) => d.status === 'pending' && new Date(d.notBefore) > now);
    if (held.length === 0) return rows;
    const prefs = await this.repo.preferencesFor([...new Set(held.map((d) => d.recipientFiscalCode.trim()))]);
    const [qs, qe] = this.env.NOTIFICATION_QUIET_HOURS ? this.env.NOTIFICATION_QUIET_HOURS.split('-') : [null, null];
    return rows.map((d) => {
      if (!held.includes(d)) return d;
      const pref = prefs.find((p) => p.fiscalCode.trim() === d.recipientFiscalCode.trim());
      const quiet = pref ? { start: pref.quietStart, end: pref.quietEnd } : { start: qs ?? null, end: qe ?? null };
      // held by quiet hours: written inside them, and due exactly at their end
      const notBefore = new Date(d.notBefore);
      const quietHours = outsideQuietHours(new Date(d.createdAt), quiet).getTime() === notBefore.getTime() && notBefore > new Date(d.createdAt);
      return { ...d, queuedUntil: notBefore, quietHours };
    });
  }

  /** The job: send one message if still pending, exactly once per successful provider call. */
  async deliver(messageId: string): Promise<void> {
    const failure = await this.repo.transaction(async (m) => {
      const msg = await this.repo.lockPending(m, messageId);
      if (!msg || new Date(msg.notBefore) > new Date()) return null;
      const port = this.ports.get(msg.channel);
      if (!port) {
        await this.repo.markSkipped(m, msg.id, 'channel not configured');
        this.metrics?.recordDelivery(msg.channel, 'skipped');
        return null;
      }
      const startedAt = new Date();
      try {
        const providerId = await port.send(msg);
        await this.repo.recordAttempt(m, msg.id, startedAt, { providerId });
        this.metrics?.recordDelivery(msg.channel, 'sent');
        return null;
      } catch (e) {
        const error = (e as Error).message.slice(0, 500);
        await this.repo.recordAttempt(m, msg.id, startedAt, { error });
        this.metrics?.recordDelivery(msg.channel, 'failed');
        return error;
      }
    });
    if (failure) throw new Error(failure); // pg-boss retries with backoff
  }

  /** Re-queues messages that are due and still pending (provider was down past the retries, or a crash). */
  async sweep(): Promise<number> {
    const ids = await this.repo.staleQueued();
    for (const id of ids) await this.jobs.send(SEND_QUEUE, { messageId: id }, { singletonKey: id });
    return ids.length;
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

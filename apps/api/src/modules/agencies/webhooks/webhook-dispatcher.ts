import { lookup } from 'node:dns/promises';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { KeyRing } from '../../../platform/keys/key-ring';
import { openSecret, sealedKid, webhookHeaders } from '../domain/webhook-signature';
import { isInternalAddress } from '../domain/webhook-target';
import { WebhooksRepository } from './webhooks.repository';

export const WEBHOOK_QUEUE = 'agencies.webhook-deliver';
/** attempts of one delivery (the first and its retries, with exponential backoff from JOBS_RETRY_DELAY_SECONDS) */
export const WEBHOOK_MAX_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

export interface WebhookMessage {
  agencyIds: string[];
  eventType: string;
  /** what the agency is told: ids and dates, no personal data (which it reads through the API, under consent) */
  data: Record<string, unknown>;
  sourceEventId: string;
  occurredAt: Date;
}

/**
 * Webhook deliveries through the job queue (pg-boss): `fanOut` writes one delivery per active subscription and queues
 * its job in the caller's transaction (the event consumer's); each job makes one signed attempt (Standard Webhooks
 * headers), logs it (status code, duration, result) and throws on failure so that pg-boss retries it with backoff.
 */
@Injectable()
export class WebhookDispatcher {
  private readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    private readonly repo: WebhooksRepository,
    private readonly jobs: JobQueue,
    private readonly keys: KeyRing,
    private readonly env: Env,
  ) {
    this.jobs.register<{ deliveryId: string }>(WEBHOOK_QUEUE, (d) => this.deliver(d.deliveryId), {
      retryLimit: WEBHOOK_MAX_ATTEMPTS - 1,
      retryDelay: env.JOBS_RETRY_DELAY_SECONDS,
      retryBackoff: true,
    });
  }

  async fanOut(m: EntityManager, msg: WebhookMessage): Promise<number> {
    const subs = await this.repo.activeFor(m, [...new Set(msg.agencyIds)], msg.eventType);
    const body = JSON.stringify({ type: msg.eventType, timestamp: msg.occurredAt.toISOString(), data: msg.data });
    const ids = await this.repo.insertDeliveries(
      m,
      subs.map((s) => ({
        messageId: `msg_${msg.sourceEventId}_${s.id.replace(/-/g, '').slice(0, 12)}`,
        subscriptionId: s.id,
        agencyId: s.agencyId,
        eventType: msg.eventType,
        sourceEventId: msg.sourceEventId,
        body,
        replayOf: null,
      })),
    );
    await this.queue(m, ids);
    return ids.length;
  }

  queue(m: EntityManager, deliveryIds: string[]): Promise<void> {
    return this.jobs.insertInTransaction(
      m,
      WEBHOOK_QUEUE,
      deliveryIds.map((deliveryId) => ({ data: { deliveryId } })),
    );
  }

  /** One attempt. Throws when it failed and attempts remain (pg-boss retries later). */
  async deliver(deliveryId: string, now = () => new Date()): Promise<void> {
    const d = await this.repo.delivery(deliveryId);
    if (!d || d.status !== 'pending') return;
    const sub = await this.repo.subscriptionById(d.subscriptionId);
    if (!sub || sub.disabledAt) return this.repo.markFailed(d.id);
    const secret = openSecret(this.keys.key('webhook-secret', sealedKid(sub.secretSealed)), sub.secretSealed);
    const attempt = d.attempts + 1;
    const refused = await this.refusedTarget(sub.url);
    if (refused) {
      // no retry helps: the receiver's address is inside the platform's network
      await this.repo.recordAttempt(d.id, { attempt, responseStatus: null, durationMs: 0, result: 'failed', error: refused }, 'failed');
      return;
    }
    const started = Date.now();
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: webhookHeaders(secret, d.messageId, d.body, now()),
        body: d.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      responseStatus = res.status;
      await res.body?.cancel();
    } catch (e) {
      error = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
    }
    const ok = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    const last = attempt >= WEBHOOK_MAX_ATTEMPTS;
    await this.repo.recordAttempt(
      d.id,
      { attempt, responseStatus, durationMs: Date.now() - started, result: ok ? 'succeeded' : 'failed', error: ok ? null : (error ?? `HTTP ${responseStatus}`) },
      ok ? 'succeeded' : last ? 'failed' : 'pending',
    );
    if (!ok && !last) {
      this.logger.warn(`webhook delivery ${d.id}: attempt ${attempt} failed (${error ?? `HTTP ${responseStatus}`}), retrying`);
      throw new Error(`webhook delivery ${d.id}: attempt ${attempt} failed`);
    }
  }

  /** Why the URL may not be called (an internal address, outside development and tests), or null. */
  private async refusedTarget(url: string): Promise<string | null> {
    if (this.env.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? this.env.NODE_ENV !== 'production') return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    try {
      const addresses = await lookup(host, { all: true });
      return addresses.some((a) => isInternalAddress(a.address)) ? `target refused: ${host} resolves to an internal address` : null;
    } catch {
      return null; // not resolvable now: the attempt fails on its own and is retried
    }
  }
}

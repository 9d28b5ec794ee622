import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AgencyWebhooksOverviewResponse,
  type CreateWebhookSubscriptionBody,
  type ListWebhookDeliveriesQuery,
  type WebhookDeliveryListResponse,
  type WebhookDeliveryResponse,
  type WebhookSubscriptionListResponse,
  type WebhookSubscriptionResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { KeyRing } from '../../../platform/keys/key-ring';
import { RegistryService } from '../../registry/registry.service';
import { agencyOf } from '../assignments/agency-caller';
import { decodeCursor, encodeCursor } from '../domain/paging';
import { newWebhookSecret, sealSecret } from '../domain/webhook-signature';
import { WebhookDispatcher } from './webhook-dispatcher';
import { toDelivery, toSubscription } from './webhooks.mapper';
import { WebhooksRepository } from './webhooks.repository';

/** A receiver URL: http or https, a host, no user name or password in it. */
function receiverUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    u = new URL('invalid:');
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password) {
    throw new DomainError(ErrorCode.WEBHOOK_URL_INVALID, undefined, [{ pointer: '/url', detail: 'an http(s) URL with a host and no credentials', constraint: 'url' }]);
  }
  return u.toString();
}

/** The agency's webhooks: subscriptions (the secret shown once), the deliveries with every attempt, replay. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repo: WebhooksRepository,
    private readonly dispatcher: WebhookDispatcher,
    private readonly keys: KeyRing,
    private readonly audit: AuditService,
    private readonly registry: RegistryService,
  ) {}

  async subscribe(ctx: RequestContext, body: CreateWebhookSubscriptionBody): Promise<WebhookSubscriptionResponse> {
    const agency = agencyOf(ctx);
    const url = receiverUrl(body.url);
    const secret = newWebhookSecret();
    const sub = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insertSubscription(
        {
          agencyId: agency.agencyId,
          url,
          eventTypes: [...body.eventTypes],
          secretSealed: sealSecret(this.keys.key('webhook-secret'), this.keys.currentKid, secret),
          createdBy: agency.clientId,
        },
        m,
      );
      await this.audit.record(
        ctx,
        {
          action: 'agencies.webhook.subscribe',
          resourceType: 'webhook_subscription',
          resourceId: saved.id,
          subjectFiscalCode: null,
          details: { agencyId: agency.agencyId, url, eventTypes: body.eventTypes },
        },
        m,
      );
      return saved;
    });
    return { ...toSubscription(sub), secret };
  }

  async subscriptions(ctx: RequestContext): Promise<WebhookSubscriptionListResponse> {
    return { items: (await this.repo.subscriptions(agencyOf(ctx).agencyId)).map(toSubscription) };
  }

  async disable(ctx: RequestContext, subscriptionId: string): Promise<WebhookSubscriptionResponse> {
    const agency = agencyOf(ctx);
    const sub = await this.repo.subscription(agency.agencyId, subscriptionId);
    if (!sub) throw new DomainError(ErrorCode.WEBHOOK_SUBSCRIPTION_NOT_FOUND);
    await this.repo.transaction(async (m) => {
      await this.repo.disable(m, sub.id);
      await this.audit.record(
        ctx,
        { action: 'agencies.webhook.disable', resourceType: 'webhook_subscription', resourceId: sub.id, subjectFiscalCode: null, details: { agencyId: agency.agencyId } },
        m,
      );
    });
    return toSubscription((await this.repo.subscription(agency.agencyId, sub.id))!);
  }

  /** Newest first, each with its attempts. */
  async deliveries(ctx: RequestContext, q: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryListResponse> {
    const { agencyId } = agencyOf(ctx);
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !after)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Unknown cursor', [{ pointer: '/cursor', detail: 'not a cursor of this list', constraint: 'cursor' }]);
    const limit = q.limit ?? 50;
    const rows = await this.repo.deliveriesPage(agencyId, q.subscriptionId, after, limit + 1);
    const page = rows.slice(0, limit);
    const attempts = await this.repo.attemptsOf(page.map((d) => d.id));
    const last = page[page.length - 1];
    return {
      items: page.map((d) => toDelivery(d, attempts)),
      ...(rows.length > limit && last ? { next: encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) } : {}),
    };
  }

  async delivery(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryResponse> {
    const d = await this.repo.deliveryOf(agencyOf(ctx).agencyId, deliveryId);
    if (!d) throw new DomainError(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND);
    return toDelivery(d, await this.repo.attemptsOf([d.id]));
  }

  /** Sends the same message again (same `webhook-id`, new timestamp and signature) as a new delivery with its own attempts. */
  async replay(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryResponse> {
    const agency = agencyOf(ctx);
    const d = await this.repo.deliveryOf(agency.agencyId, deliveryId);
    if (!d) throw new DomainError(ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND);
    const sub = await this.repo.subscription(agency.agencyId, d.subscriptionId);
    if (!sub || sub.disabledAt) throw new DomainError(ErrorCode.WEBHOOK_SUBSCRIPTION_NOT_FOUND, 'The subscription is disabled');
    const id = await this.repo.transaction(async (m) => {
      const [newId] = await this.repo.insertDeliveries(m, [
        { messageId: d.messageId, subscriptionId: d.subscriptionId, agencyId: d.agencyId, eventType: d.eventType, sourceEventId: d.sourceEventId, body: d.body, replayOf: d.id },
      ]);
      await this.dispatcher.queue(m, [newId!]);
      await this.audit.record(
        ctx,
        {
          action: 'agencies.webhook.replay',
          resourceType: 'webhook_delivery',
          resourceId: newId!,
          subjectFiscalCode: null,
          details: { agencyId: agency.agencyId, replayOf: d.id },
        },
        m,
      );
      return newId!;
    });
    return this.delivery(ctx, id);
  }

  /** The region's read-only view (managers): an agency's subscriptions and its latest 50 deliveries, audited. */
  async overview(ctx: RequestContext, agencyId: string): Promise<AgencyWebhooksOverviewResponse> {
    if (!(await this.registry.agency(agencyId))) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND);
    const [subs, deliveries] = await Promise.all([this.repo.subscriptions(agencyId), this.repo.deliveriesPage(agencyId, undefined, null, 50)]);
    const attempts = await this.repo.attemptsOf(deliveries.map((d) => d.id));
    await this.audit.record(ctx, { action: 'agencies.webhooks.read', resourceType: 'agency', resourceId: agencyId, subjectFiscalCode: null });
    return { subscriptions: subs.map(toSubscription), deliveries: deliveries.map((d) => toDelivery(d, attempts)) };
  }
}

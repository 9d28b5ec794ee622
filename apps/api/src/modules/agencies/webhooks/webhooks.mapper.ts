import type { WebhookDeliveryResponse, WebhookSubscriptionResponse } from '@opencpi/contracts';
import type { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import type { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import type { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';

export function toSubscription(s: WebhookSubscriptionEntity): WebhookSubscriptionResponse {
  return { id: s.id, url: s.url, eventTypes: s.eventTypes, active: s.disabledAt === null, createdAt: s.createdAt.toISOString() };
}

export function toDelivery(d: WebhookDeliveryEntity, attempts: WebhookAttemptEntity[]): WebhookDeliveryResponse {
  return {
    id: d.id,
    messageId: d.messageId,
    subscriptionId: d.subscriptionId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    ...(d.replayOf ? { replayOf: d.replayOf } : {}),
    createdAt: d.createdAt.toISOString(),
    attemptLog: attempts
      .filter((a) => a.deliveryId === d.id)
      .map((a) => ({
        attempt: a.attempt,
        at: a.at.toISOString(),
        ...(a.responseStatus === null ? {} : { responseStatus: a.responseStatus }),
        durationMs: a.durationMs,
        result: a.result,
        ...(a.error ? { error: a.error } : {}),
      })),
  };
}

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  CreateWebhookSubscriptionBody,
  ListWebhookDeliveriesQuery,
  WebhookDeliveryIdParam,
  WebhookDeliveryListResponse,
  WebhookDeliveryResponse,
  WebhookSubscriptionIdParam,
  WebhookSubscriptionListResponse,
  WebhookSubscriptionResponse,
} from '@opencpi/contracts';
import { AgencyScopes } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { WebhooksService } from './webhooks.service';

/** Webhooks (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature `v1,<base64 HMAC-SHA256>`). */
@ApiTags('agency-api')
@ApiSecurity('agencyOAuth')
@Controller('agency/v1/webhooks')
export class AgencyWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('subscriptions')
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'My agency’s webhook subscriptions (secrets are never shown again)' })
  @ApiOkResponse({ type: WebhookSubscriptionListResponse })
  subscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscriptionListResponse> {
    return this.webhooks.subscriptions(ctx);
  }

  @Post('subscriptions')
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'Subscribe a receiver (http/https) to event types; the `whsec_` secret is in this answer only (Idempotency-Key)' })
  @ApiCreatedResponse({ type: WebhookSubscriptionResponse })
  subscribe(@Ctx() ctx: RequestContext, @Body() body: CreateWebhookSubscriptionBody): Promise<WebhookSubscriptionResponse> {
    return this.webhooks.subscribe(ctx, body);
  }

  @Post('subscriptions/:subscriptionId/disable')
  @HttpCode(200)
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'Stop a subscription (its pending deliveries are not sent) (Idempotency-Key)' })
  @ApiOkResponse({ type: WebhookSubscriptionResponse })
  disable(@Ctx() ctx: RequestContext, @Param() p: WebhookSubscriptionIdParam): Promise<WebhookSubscriptionResponse> {
    return this.webhooks.disable(ctx, p.subscriptionId);
  }

  @Get('deliveries')
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'Deliveries, newest first, each with every attempt (status code, duration, result)' })
  @ApiOkResponse({ type: WebhookDeliveryListResponse })
  deliveries(@Ctx() ctx: RequestContext, @Query() q: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryListResponse> {
    return this.webhooks.deliveries(ctx, q);
  }

  @Get('deliveries/:webhookDeliveryId')
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'One delivery with its attempts' })
  @ApiOkResponse({ type: WebhookDeliveryResponse })
  delivery(@Ctx() ctx: RequestContext, @Param() p: WebhookDeliveryIdParam): Promise<WebhookDeliveryResponse> {
    return this.webhooks.delivery(ctx, p.webhookDeliveryId);
  }

  @Post('deliveries/:webhookDeliveryId/replay')
  @AgencyScopes('webhooks:manage')
  @ApiOperation({ summary: 'Send the message again (same webhook-id) as a new delivery (Idempotency-Key)' })
  @ApiCreatedResponse({ type: WebhookDeliveryResponse })
  replay(@Ctx() ctx: RequestContext, @Param() p: WebhookDeliveryIdParam): Promise<WebhookDeliveryResponse> {
    return this.webhooks.replay(ctx, p.webhookDeliveryId);
  }
}

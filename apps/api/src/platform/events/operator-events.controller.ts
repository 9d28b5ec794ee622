import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadLettersQuery, DeadLettersResponse, DeliveryIdParam, EventConsumersResponse, Role } from '@opencpi/contracts';
import { Allow } from '../auth/policy.decorator';
import { Ctx, type RequestContext } from '../auth/request-context';
import { DeadLettersService } from './dead-letters.service';

const MANAGERS = [Role.CpiManager, Role.RegionAdmin];

@ApiTags('events')
@Controller('operator/events')
export class OperatorEventsController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get('consumers')
  @Allow(MANAGERS)
  @ApiOperation({ summary: "Each event consumer's queue: waiting, failing and dead deliveries, and the oldest waiting event" })
  @ApiOkResponse({ type: EventConsumersResponse })
  consumers(): Promise<EventConsumersResponse> {
    return this.deadLetters.consumerStates();
  }

  @Get('dead-letters')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'Event deliveries that failed too often, newest first (metadata only, no payload)' })
  @ApiOkResponse({ type: DeadLettersResponse })
  list(@Query() q: DeadLettersQuery): Promise<DeadLettersResponse> {
    return this.deadLetters.list(q);
  }

  @Post('dead-letters/:deliveryId/retry')
  @Allow(MANAGERS)
  @HttpCode(204)
  @ApiOperation({ summary: 'Put a dead letter back in the queue, due now, with a fresh attempt budget (audited)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No dead letter with this id (EVENT_DELIVERY_NOT_FOUND)' })
  async retry(@Ctx() ctx: RequestContext, @Param() p: DeliveryIdParam): Promise<void> {
    await this.deadLetters.retry(ctx, p.deliveryId);
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccreditedAgencyParam, AgencyWebhooksOverviewResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { WebhooksService } from './webhooks.service';

/** The region's read-only view of an agency's webhook deliveries (to help an agency whose receiver fails). */
@ApiTags('operator')
@Controller('operator/accreditation/agencies')
export class OperatorWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get(':agencyId/webhooks')
  @Allow([Role.RegionAdmin, Role.CpiManager])
  @ApiOperation({ summary: 'An agency’s webhook subscriptions and latest deliveries with every attempt (read-only; audited)' })
  @ApiOkResponse({ type: AgencyWebhooksOverviewResponse })
  overview(@Ctx() ctx: RequestContext, @Param() p: AccreditedAgencyParam): Promise<AgencyWebhooksOverviewResponse> {
    return this.webhooks.overview(ctx, p.agencyId);
  }
}

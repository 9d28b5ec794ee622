import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContactRequestIdParam, OFFICE_ROLES, ReceivedContactRequestListResponse, ReceivedContactRequestResponse } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { ContactRequestsService } from './contact-requests.service';

/** The company desk forwards the contact requests companies send through the CPI. */
@ApiTags('matching')
@Controller('operator/matching/contact-requests')
export class OperatorContactRequestsController {
  constructor(private readonly requests: ContactRequestsService) {}

  @Get()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Contact requests waiting for my offices to forward them (who is asked: audited)' })
  @ApiOkResponse({ type: ReceivedContactRequestListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<ReceivedContactRequestListResponse> {
    return { items: await this.requests.awaiting(ctx) };
  }

  @Post(':requestId/forward')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Forward the request to the person, who then accepts or declines' })
  @ApiOkResponse({ type: ReceivedContactRequestResponse })
  @ApiConflictResponse({ description: 'CONTACT_REQUEST_ANSWERED: already forwarded' })
  forward(@Ctx() ctx: RequestContext, @Param() p: ContactRequestIdParam): Promise<ReceivedContactRequestResponse> {
    return this.requests.forward(ctx, p.requestId);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnswerContactRequestBody, ContactRequestIdParam, ReceivedContactRequestListResponse, ReceivedContactRequestResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { ContactRequestsService } from './contact-requests.service';

/** The person decides whether a company that found them may know who they are. */
@ApiTags('matching')
@Controller('citizen/matching/contact-requests')
export class CitizenContactRequestsController {
  constructor(private readonly requests: ContactRequestsService) {}

  @Get()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'Companies that asked to get in touch with me' })
  @ApiOkResponse({ type: ReceivedContactRequestListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<ReceivedContactRequestListResponse> {
    return { items: await this.requests.mine(ctx) };
  }

  @Post(':requestId/answer')
  @HttpCode(200)
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'Accept (the company sees my name and contacts) or decline (it never does)' })
  @ApiOkResponse({ type: ReceivedContactRequestResponse })
  @ApiConflictResponse({ description: 'CONTACT_REQUEST_ANSWERED' })
  answer(@Ctx() ctx: RequestContext, @Param() p: ContactRequestIdParam, @Body() body: AnswerContactRequestBody): Promise<ReceivedContactRequestResponse> {
    return this.requests.answer(ctx, p.requestId, body.accept);
  }
}

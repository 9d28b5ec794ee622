import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CallbackOutcomeBody,
  CallbackRequestBody,
  CallbackRequestIdParam,
  CallbackRequestResponse,
  MyCallbackResponse,
  OFFICE_ROLES,
  OperatorCallbackListResponse,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CallbacksService } from './callbacks.service';

/** "Preferisco essere richiamato": the person asks for a call back, and sees whether it was made. */
@ApiTags('assistance')
@Controller('citizen/assistance/callback-requests')
export class CitizenCallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Get('latest')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'My latest callback request, open or handled (audited)' })
  @ApiOkResponse({ type: MyCallbackResponse })
  latest(@Ctx() ctx: RequestContext): Promise<MyCallbackResponse> {
    return this.callbacks.mine(ctx);
  }

  @Post()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'Ask my CPI to call me back (one open request at a time: 409 CALLBACK_ALREADY_OPEN)' })
  @ApiCreatedResponse({ type: CallbackRequestResponse })
  request(@Ctx() ctx: RequestContext, @Body() body: CallbackRequestBody): Promise<CallbackRequestResponse> {
    return this.callbacks.request(ctx, body);
  }
}

/** The open callback requests of my offices, oldest first; record the call. */
@ApiTags('assistance')
@Controller('operator/assistance/callback-requests')
export class OperatorCallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Get()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Open callback requests of my offices, oldest first (audited)' })
  @ApiOkResponse({ type: OperatorCallbackListResponse })
  async open(@Ctx() ctx: RequestContext): Promise<OperatorCallbackListResponse> {
    return { items: await this.callbacks.openForStaff(ctx) };
  }

  @Post(':callbackId/outcome')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Record the call: done or no answer (404 CALLBACK_NOT_FOUND if not open in my offices; audited)' })
  @ApiOkResponse({ type: CallbackRequestResponse })
  outcome(@Ctx() ctx: RequestContext, @Param() p: CallbackRequestIdParam, @Body() body: CallbackOutcomeBody): Promise<CallbackRequestResponse> {
    return this.callbacks.record(ctx, p.callbackId, body);
  }
}

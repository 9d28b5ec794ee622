import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyIdParam, CompanyMessageParam, MessageListResponse, MessageResponse, OFFICE_ROLES, Role, SendMessageBody } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { CompaniesService } from '../../registry/companies/companies.service';
import { CompanyMessagesService } from './company-messages.service';

/** The approved company's thread with its CPI's company desk. */
@ApiTags('dossier')
@Controller('employer/dossier/companies/:companyId/messages')
export class EmployerCompanyMessagesController {
  constructor(
    private readonly messages: CompanyMessagesService,
    private readonly companies: CompaniesService,
  ) {}

  @Get()
  @Allow([Role.Employer])
  @ApiOperation({ summary: "My company's messages with its CPI (audited)" })
  @ApiOkResponse({ type: MessageListResponse })
  async list(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam): Promise<MessageListResponse> {
    return { items: await this.messages.messages(ctx, await this.companies.requireApproved(ctx, p.companyId), 'company') };
  }

  @Post()
  @Allow([Role.Employer])
  @ApiOperation({ summary: "Write to the CPI's company desk" })
  @ApiCreatedResponse({ type: MessageResponse })
  async send(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam, @Body() body: SendMessageBody): Promise<MessageResponse> {
    return this.messages.send(ctx, await this.companies.requireApproved(ctx, p.companyId), body.body, 'company');
  }

  @Post(':messageId/read')
  @HttpCode(200)
  @Allow([Role.Employer])
  @ApiOperation({ summary: "Read receipt of the CPI's message" })
  @ApiOkResponse({ type: MessageResponse })
  async read(@Ctx() ctx: RequestContext, @Param() p: CompanyMessageParam): Promise<MessageResponse> {
    return this.messages.markRead(ctx, await this.companies.requireApproved(ctx, p.companyId), p.messageId, 'company');
  }
}

/** The company desk's side of a company's thread (companies whose main site the caller's offices serve). */
@ApiTags('dossier')
@Controller('operator/dossier/companies/:companyId/messages')
export class OperatorCompanyMessagesController {
  constructor(
    private readonly messages: CompanyMessagesService,
    private readonly companies: CompaniesService,
  ) {}

  @Get()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "A company's messages with my office (audited)" })
  @ApiOkResponse({ type: MessageListResponse })
  async list(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam): Promise<MessageListResponse> {
    return { items: await this.messages.messages(ctx, await this.companies.inOfficeScope(ctx, p.companyId), 'operator') };
  }

  @Post()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Write to the company' })
  @ApiCreatedResponse({ type: MessageResponse })
  async send(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam, @Body() body: SendMessageBody): Promise<MessageResponse> {
    return this.messages.send(ctx, await this.companies.inOfficeScope(ctx, p.companyId), body.body, 'operator');
  }

  @Post(':messageId/read')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Read receipt of the company's message" })
  @ApiOkResponse({ type: MessageResponse })
  async read(@Ctx() ctx: RequestContext, @Param() p: CompanyMessageParam): Promise<MessageResponse> {
    return this.messages.markRead(ctx, await this.companies.inOfficeScope(ctx, p.companyId), p.messageId, 'operator');
  }
}

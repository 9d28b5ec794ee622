import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddIntermediaryOperatorBody,
  DelegationIdParam,
  DelegationListResponse,
  DelegationResponse,
  OFFICE_ROLES,
  OrganisationIdParam,
  OrganisationListResponse,
  OrganisationResponse,
  RegisterOrganisationBody,
  ReviewDelegationBody,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { SignedDelegationsService } from './delegations/signed-delegations.service';
import { OrganisationsService } from './organisations/organisations.service';

/** The region's register of intermediaries (region admin), and the check of delegations uploaded signed (CPI staff). */
@ApiTags('intermediaries')
@Controller('operator/intermediaries')
export class OperatorIntermediariesController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly signed: SignedDelegationsService,
  ) {}

  @Get('organisations')
  @Allow([Role.RegionAdmin])
  @ApiOperation({ summary: "My region's intermediaries and their operators" })
  @ApiOkResponse({ type: OrganisationListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<OrganisationListResponse> {
    return { items: await this.organisations.ofRegion(ctx) };
  }

  @Post('organisations')
  @Allow([Role.RegionAdmin])
  @ApiOperation({ summary: 'Register a patronato, CAF or municipality desk' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'INTERMEDIARY_ORGANISATION_EXISTS' })
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterOrganisationBody): Promise<OrganisationResponse> {
    return this.organisations.register(ctx, body);
  }

  @Post('organisations/:organisationId/operators')
  @Allow([Role.RegionAdmin])
  @ApiOperation({ summary: 'Add an operator (by fiscal code) to an organisation of my region' })
  @ApiCreatedResponse({ type: OrganisationResponse })
  @ApiConflictResponse({ description: 'INTERMEDIARY_OPERATOR_EXISTS' })
  addOperator(@Ctx() ctx: RequestContext, @Param() p: OrganisationIdParam, @Body() body: AddIntermediaryOperatorBody): Promise<OrganisationResponse> {
    return this.organisations.addOperator(ctx, p.organisationId, body);
  }

  @Get('delegations/pending')
  @Allow([...OFFICE_ROLES])
  @ApiOperation({ summary: 'Delegations uploaded signed by intermediaries for people of my offices, to check' })
  @ApiOkResponse({ type: DelegationListResponse })
  async pending(@Ctx() ctx: RequestContext): Promise<DelegationListResponse> {
    return { items: await this.signed.pending(ctx) };
  }

  @Post('delegations/:delegationId/review')
  @Allow([...OFFICE_ROLES])
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve, or reject with a reason, an uploaded delegation (audited)' })
  @ApiOkResponse({ type: DelegationResponse })
  review(@Ctx() ctx: RequestContext, @Param() p: DelegationIdParam, @Body() body: ReviewDelegationBody): Promise<DelegationResponse> {
    return this.signed.review(ctx, p.delegationId, body);
  }
}

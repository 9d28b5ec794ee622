import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DelegatedActionListResponse,
  DelegationIdParam,
  DelegationListResponse,
  DelegationResponse,
  GrantDelegationBody,
  OrganisationListResponse,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { DelegationsService } from './delegations/delegations.service';
import { OrganisationsService } from './organisations/organisations.service';

/** "Chi mi assiste": the person's delegations to patronati, CAF and municipalities. */
@ApiTags('intermediaries')
@Controller('citizen/intermediaries')
export class CitizenIntermediariesController {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Get('organisations')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'The registered intermediaries I may delegate' })
  @ApiOkResponse({ type: OrganisationListResponse })
  async organisationList(): Promise<OrganisationListResponse> {
    return { items: await this.organisations.directory() };
  }

  @Get('delegations')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My delegations (audited)' })
  @ApiOkResponse({ type: DelegationListResponse })
  async mine(@Ctx() ctx: RequestContext): Promise<DelegationListResponse> {
    return { items: await this.delegations.mine(ctx) };
  }

  @Post('delegations')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Delegate a registered intermediary (scopes, until); one at a time per organisation' })
  @ApiCreatedResponse({ type: DelegationResponse })
  @ApiConflictResponse({ description: 'DELEGATION_EXISTS' })
  grant(@Ctx() ctx: RequestContext, @Body() body: GrantDelegationBody): Promise<DelegationResponse> {
    return this.delegations.grant(ctx, body);
  }

  @Post('delegations/:delegationId/revoke')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke one of my delegations (from now on the intermediary is refused)' })
  @ApiOkResponse({ type: DelegationResponse })
  revoke(@Ctx() ctx: RequestContext, @Param() p: DelegationIdParam): Promise<DelegationResponse> {
    return this.delegations.revoke(ctx, p.delegationId);
  }

  @Get('actions')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'What intermediaries did for me (audited)' })
  @ApiOkResponse({ type: DelegatedActionListResponse })
  async actions(@Ctx() ctx: RequestContext): Promise<DelegatedActionListResponse> {
    return { items: await this.delegations.actionsForMe(ctx) };
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ConsentAccessLogResponse,
  ConsentAgencyListResponse,
  ConsentGrantIdParam,
  ConsentGrantListResponse,
  ConsentGrantResponse,
  GrantConsentBody,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from '../registry/registry.service';
import { ConsentService } from './consent.service';

/** "Chi può vedere i miei dati": the person's grants to accredited agencies and the agencies' reads. */
@ApiTags('consent')
@Controller('citizen/consent')
export class CitizenConsentController {
  constructor(
    private readonly consent: ConsentService,
    private readonly registry: RegistryService,
  ) {}

  @Get('grants')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My consent grants, revoked and expired included (audited)' })
  @ApiOkResponse({ type: ConsentGrantListResponse })
  async grants(@Ctx() ctx: RequestContext): Promise<ConsentGrantListResponse> {
    return { items: await this.consent.grants(ctx, await this.registry.selfAsCitizen(ctx)) };
  }

  @Post('grants')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Grant an agency access to parts of my data for a purpose and a period (one grant per part; audited)' })
  @ApiCreatedResponse({ type: ConsentGrantListResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, CONSENT_PERIOD_INVALID' })
  @ApiNotFoundResponse({ description: 'AGENCY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONSENT_ALREADY_GRANTED' })
  async grant(@Ctx() ctx: RequestContext, @Body() body: GrantConsentBody): Promise<ConsentGrantListResponse> {
    return { items: await this.consent.grant(ctx, await this.registry.selfAsCitizen(ctx), body) };
  }

  @Post('grants/:grantId/revoke')
  @HttpCode(200)
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Revoke one of my grants: the agency can no longer read that part (audited)' })
  @ApiOkResponse({ type: ConsentGrantResponse })
  @ApiNotFoundResponse({ description: 'CONSENT_GRANT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONSENT_ALREADY_REVOKED' })
  async revoke(@Ctx() ctx: RequestContext, @Param() p: ConsentGrantIdParam): Promise<ConsentGrantResponse> {
    return this.consent.revoke(ctx, await this.registry.selfAsCitizen(ctx), p.grantId);
  }

  @Get('access-log')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: "Every read of my data by an agency's software, with date, agency, part and purpose (audited)" })
  @ApiOkResponse({ type: ConsentAccessLogResponse })
  async accessLog(@Ctx() ctx: RequestContext): Promise<ConsentAccessLogResponse> {
    return { items: await this.consent.accessLog(ctx, await this.registry.selfAsCitizen(ctx)) };
  }

  @Get('agencies')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Accredited agencies of my region, for the grant form' })
  @ApiOkResponse({ type: ConsentAgencyListResponse })
  async agencies(@Ctx() ctx: RequestContext): Promise<ConsentAgencyListResponse> {
    return { items: await this.consent.agencies(await this.registry.selfAsCitizen(ctx)) };
  }
}

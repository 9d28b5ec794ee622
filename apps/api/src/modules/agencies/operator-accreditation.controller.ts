import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccreditationBody,
  AccreditationStatusBody,
  AccreditedAgencyListResponse,
  AccreditedAgencyParam,
  AccreditedAgencyResponse,
  AgencyClientParam,
  AgencyClientResponse,
  RegisterAgencyClientBody,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { AccreditationRegistryService } from './accreditation/accreditation-registry.service';

const READERS = [Role.RegionAdmin, Role.CpiManager];
const WRITERS = [Role.RegionAdmin];

/** The region's accreditation registry of private agencies: accreditations, their status, the agencies' OAuth clients and keys. */
@ApiTags('agencies')
@Controller('operator/accreditation/agencies')
export class OperatorAccreditationController {
  constructor(private readonly registry: AccreditationRegistryService) {}

  @Get()
  @Allow(READERS)
  @ApiOperation({ summary: "The region's agencies with accreditation, scope, validity, status and clients" })
  @ApiOkResponse({ type: AccreditedAgencyListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<AccreditedAgencyListResponse> {
    return { items: await this.registry.list(ctx) };
  }

  @Get(':agencyId')
  @Allow(READERS)
  @ApiOperation({ summary: "One agency's accreditation and clients" })
  @ApiOkResponse({ type: AccreditedAgencyResponse })
  get(@Ctx() ctx: RequestContext, @Param() p: AccreditedAgencyParam): Promise<AccreditedAgencyResponse> {
    return this.registry.get(ctx, p.agencyId);
  }

  @Put(':agencyId/accreditation')
  @Allow(WRITERS)
  @ApiOperation({ summary: 'Record or correct the accreditation (number, validity, services, offices, areas); a new one starts active' })
  @ApiOkResponse({ type: AccreditedAgencyResponse })
  save(@Ctx() ctx: RequestContext, @Param() p: AccreditedAgencyParam, @Body() body: AccreditationBody): Promise<AccreditedAgencyResponse> {
    return this.registry.saveAccreditation(ctx, p.agencyId, body);
  }

  @Post(':agencyId/accreditation/status')
  @HttpCode(200)
  @Allow(WRITERS)
  @ApiOperation({ summary: 'Suspend, reactivate or revoke the accreditation, with the reason (audited; tokens stop working at once)' })
  @ApiOkResponse({ type: AccreditedAgencyResponse })
  setStatus(@Ctx() ctx: RequestContext, @Param() p: AccreditedAgencyParam, @Body() body: AccreditationStatusBody): Promise<AccreditedAgencyResponse> {
    return this.registry.setStatus(ctx, p.agencyId, body);
  }

  @Post(':agencyId/clients')
  @Allow(WRITERS)
  @ApiOperation({ summary: 'Register an OAuth client of the agency with its public keys (JWKS) and scopes' })
  @ApiCreatedResponse({ type: AgencyClientResponse })
  registerClient(@Ctx() ctx: RequestContext, @Param() p: AccreditedAgencyParam, @Body() body: RegisterAgencyClientBody): Promise<AgencyClientResponse> {
    return this.registry.registerClient(ctx, p.agencyId, body);
  }

  @Post(':agencyId/clients/:clientId/revoke')
  @HttpCode(200)
  @Allow(WRITERS)
  @ApiOperation({ summary: 'Revoke a client: no new tokens, and its tokens stop working at once' })
  @ApiOkResponse({ type: AgencyClientResponse })
  revokeClient(@Ctx() ctx: RequestContext, @Param() p: AgencyClientParam): Promise<AgencyClientResponse> {
    return this.registry.revokeClient(ctx, p.agencyId, p.clientId);
  }
}

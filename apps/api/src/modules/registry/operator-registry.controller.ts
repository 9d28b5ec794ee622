import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuditTrailQuery,
  AuditTrailResponse,
  CitizenDossierResponse,
  CitizenIdParam,
  CitizenSearchResponse,
  OFFICE_ROLES,
  SearchCitizensQuery,
  StaffProfileResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from './registry.service';

@ApiTags('registry')
@Controller('operator/registry')
export class OperatorRegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get('me')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The logged-in staff member and the offices they serve' })
  @ApiOkResponse({ type: StaffProfileResponse })
  me(@Ctx() ctx: RequestContext): Promise<StaffProfileResponse> {
    return this.registry.staffProfile(ctx);
  }

  @Get('citizens')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Search citizens of my offices by fiscal code or name (each result read is audited)' })
  @ApiOkResponse({ type: CitizenSearchResponse })
  search(@Ctx() ctx: RequestContext, @Query() q: SearchCitizensQuery): Promise<CitizenSearchResponse> {
    return this.registry.searchCitizens(ctx, q);
  }

  @Get('citizens/:citizenId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The citizen dossier (audited)' })
  @ApiOkResponse({ type: CitizenDossierResponse })
  @ApiNotFoundResponse({ description: 'No such citizen in the offices you serve (CITIZEN_NOT_FOUND)' })
  async dossier(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<CitizenDossierResponse> {
    return { citizen: await this.registry.dossier(ctx, p.citizenId) };
  }

  @Get('citizens/:citizenId/audit-events')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Who read or changed this citizen's data, one page at a time, newest first (audited too)" })
  @ApiOkResponse({ type: AuditTrailResponse })
  auditTrail(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Query() q: AuditTrailQuery): Promise<AuditTrailResponse> {
    return this.registry.auditTrail(ctx, p.citizenId, q);
  }
}

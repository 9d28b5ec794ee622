import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AgencyCandidateListResponse, VacancyBody, VacancyIdParam, VacancyListResponse, VacancyResponse } from '@opencpi/contracts';
import { AgencyScopes } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { AgencyVacanciesWorkService } from './agency-vacancies.service';

@ApiTags('agency-api')
@ApiSecurity('agencyOAuth')
@Controller('agency/v1/vacancies')
export class AgencyVacanciesController {
  constructor(private readonly vacancies: AgencyVacanciesWorkService) {}

  @Get()
  @AgencyScopes('vacancies:write')
  @ApiOperation({ summary: 'My agency’s vacancies' })
  @ApiOkResponse({ type: VacancyListResponse })
  list(@Ctx() ctx: RequestContext): Promise<VacancyListResponse> {
    return this.vacancies.list(ctx);
  }

  @Post()
  @AgencyScopes('vacancies:write')
  @ApiOperation({ summary: 'Publish a vacancy into the matching engine (422 VACANCY_FLAGGED for discriminatory wording; Idempotency-Key)' })
  @ApiCreatedResponse({ type: VacancyResponse })
  publish(@Ctx() ctx: RequestContext, @Body() body: VacancyBody): Promise<VacancyResponse> {
    return this.vacancies.publish(ctx, body);
  }

  @Post(':vacancyId/close')
  @HttpCode(200)
  @AgencyScopes('vacancies:write')
  @ApiOperation({ summary: 'Close one of my vacancies (Idempotency-Key)' })
  @ApiOkResponse({ type: VacancyResponse })
  close(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.close(ctx, p.vacancyId);
  }

  @Get(':vacancyId/candidates')
  @AgencyScopes('candidates:read')
  @ApiOperation({ summary: 'Ranked candidates who let agencies see their profile and consented to my agency (explained; each read audited)' })
  @ApiOkResponse({ type: AgencyCandidateListResponse })
  candidates(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<AgencyCandidateListResponse> {
    return this.vacancies.candidates(ctx, p.vacancyId);
  }
}

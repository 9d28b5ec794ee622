import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, SharedCandidateListResponse, VacancyBody, VacancyIdParam, VacancyListResponse, VacancyResponse } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { PreselectionService } from './applications/preselection.service';
import { VacanciesService } from './vacancies/vacancies.service';

/** The company area: a company's referent publishes vacancies and sees the shortlist the CPI shares (anonymised until consent). */
@ApiTags('matching')
@Controller('employer/matching/vacancies')
export class EmployerMatchingController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly preselection: PreselectionService,
  ) {}

  @Get()
  @Allow([Role.Employer])
  @ApiOperation({ summary: "My company's vacancies" })
  @ApiOkResponse({ type: VacancyListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<VacancyListResponse> {
    return { items: await this.vacancies.list(await this.vacancies.employerSide(ctx)) };
  }

  @Post()
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'A new draft; possibly discriminatory requirements come back as flags' })
  @ApiCreatedResponse({ type: VacancyResponse })
  async create(@Ctx() ctx: RequestContext, @Body() body: VacancyBody): Promise<VacancyResponse> {
    return this.vacancies.create(ctx, await this.vacancies.employerSide(ctx), body);
  }

  @Get(':vacancyId')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'One of my vacancies' })
  @ApiOkResponse({ type: VacancyResponse })
  async get(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.get(await this.vacancies.employerSide(ctx), p.vacancyId);
  }

  @Put(':vacancyId')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Edit a draft (flags recomputed)' })
  @ApiOkResponse({ type: VacancyResponse })
  async update(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Body() body: VacancyBody): Promise<VacancyResponse> {
    return this.vacancies.update(ctx, await this.vacancies.employerSide(ctx), p.vacancyId, body);
  }

  @Post(':vacancyId/publish')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Publish: 422 VACANCY_FLAGGED (errors name /title or /description) while a flagged requirement remains' })
  @ApiOkResponse({ type: VacancyResponse })
  async publish(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.publish(ctx, await this.vacancies.employerSide(ctx), p.vacancyId);
  }

  @Post(':vacancyId/close')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Close the vacancy' })
  @ApiOkResponse({ type: VacancyResponse })
  async close(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.close(ctx, await this.vacancies.employerSide(ctx), p.vacancyId);
  }

  @Get(':vacancyId/candidates')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Candidates the CPI shared: anonymised until each consents to be named' })
  @ApiOkResponse({ type: SharedCandidateListResponse })
  async candidates(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<SharedCandidateListResponse> {
    return { items: await this.preselection.sharedWithEmployer(ctx, p.vacancyId) };
  }
}

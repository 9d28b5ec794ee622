import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApplicationIdParam,
  CandidateListResponse,
  CandidateSearchQuery,
  CourseBody,
  CourseListResponse,
  CourseResponse,
  InviteInterviewBody,
  ModerateVacancyBody,
  OFFICE_ROLES,
  OperatorVacancyBody,
  OutcomeResponse,
  RecordOutcomeBody,
  RecruitingDayBody,
  RecruitingDayListResponse,
  RecruitingDayResponse,
  ShortlistBody,
  VacancyBody,
  VacancyIdParam,
  VacancyListResponse,
  VacancyResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { OutcomesService } from './applications/outcomes.service';
import { PreselectionService } from './applications/preselection.service';
import { RecruitingDaysService } from './applications/recruiting-days.service';
import { CoursesService } from './courses/courses.service';
import { VacanciesService } from './vacancies/vacancies.service';

/** Operators: vacancies and moderation, preselection with explanations, shortlist, interviews, outcomes, courses, recruiting days. */
@ApiTags('matching')
@Controller('operator/matching')
export class OperatorMatchingController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly preselection: PreselectionService,
    private readonly outcomes: OutcomesService,
    private readonly courses: CoursesService,
    private readonly recruiting: RecruitingDaysService,
  ) {}

  @Get('vacancies')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "My offices' vacancies and every published one (moderation)" })
  @ApiOkResponse({ type: VacancyListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<VacancyListResponse> {
    return { items: await this.vacancies.list(this.vacancies.operatorSide(ctx)) };
  }

  @Post('vacancies')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Enter a vacancy for a company (draft)' })
  @ApiCreatedResponse({ type: VacancyResponse })
  create(@Ctx() ctx: RequestContext, @Body() body: OperatorVacancyBody): Promise<VacancyResponse> {
    return this.vacancies.create(ctx, this.vacancies.operatorSide(ctx), body);
  }

  @Get('vacancies/:vacancyId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'One vacancy' })
  @ApiOkResponse({ type: VacancyResponse })
  get(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.get(this.vacancies.operatorSide(ctx), p.vacancyId);
  }

  @Put('vacancies/:vacancyId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Edit a draft of my offices (flags recomputed)' })
  @ApiOkResponse({ type: VacancyResponse })
  update(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Body() body: VacancyBody): Promise<VacancyResponse> {
    return this.vacancies.update(ctx, this.vacancies.operatorSide(ctx), p.vacancyId, body);
  }

  @Post('vacancies/:vacancyId/publish')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Publish (422 VACANCY_FLAGGED while a flagged requirement remains)' })
  @ApiOkResponse({ type: VacancyResponse })
  publish(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyResponse> {
    return this.vacancies.publish(ctx, this.vacancies.operatorSide(ctx), p.vacancyId);
  }

  @Post('vacancies/:vacancyId/moderation')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Approve or reject a published vacancy (rejecting closes it)' })
  @ApiOkResponse({ type: VacancyResponse })
  moderate(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Body() body: ModerateVacancyBody): Promise<VacancyResponse> {
    return this.vacancies.moderate(ctx, p.vacancyId, body);
  }

  @Get('vacancies/:vacancyId/candidates')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Ranked candidates who allow it, with explanations (each row audited)' })
  @ApiOkResponse({ type: CandidateListResponse })
  async candidates(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Query() q: CandidateSearchQuery): Promise<CandidateListResponse> {
    return {
      items: await this.preselection.candidates(ctx, p.vacancyId, {
        ...(q.minScore !== undefined ? { minScore: q.minScore } : {}),
        onlyCompleteRequired: q.onlyCompleteRequired === 'true',
        ...(q.limit ? { limit: q.limit } : {}),
      }),
    };
  }

  @Get('vacancies/:vacancyId/shortlist')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The shortlist (audited)' })
  @ApiOkResponse({ type: CandidateListResponse })
  async shortlist(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<CandidateListResponse> {
    return { items: await this.preselection.shortlistOf(ctx, p.vacancyId) };
  }

  @Post('vacancies/:vacancyId/shortlist')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Add candidates to the shortlist (only people whose profile is visible)' })
  @ApiOkResponse({ type: CandidateListResponse })
  async addToShortlist(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Body() body: ShortlistBody): Promise<CandidateListResponse> {
    return { items: await this.preselection.shortlist(ctx, p.vacancyId, body.citizenIds) };
  }

  @Post('vacancies/:vacancyId/shortlist/send')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Share the shortlist with the employer, anonymised; candidates are asked for consent' })
  @ApiOkResponse({ type: CandidateListResponse })
  async send(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<CandidateListResponse> {
    return { items: await this.preselection.sendShortlist(ctx, p.vacancyId) };
  }

  @Post('applications/:applicationId/interview')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Invite a candidate to an interview (the person is notified)' })
  @ApiOkResponse({ type: OutcomeResponse })
  interview(@Ctx() ctx: RequestContext, @Param() p: ApplicationIdParam, @Body() body: InviteInterviewBody): Promise<OutcomeResponse> {
    return this.outcomes.inviteInterview(ctx, p.applicationId, body);
  }

  @Post('applications/:applicationId/outcome')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Record the outcome; a refused offer is checked for congruity and may publish offer.refused' })
  @ApiOkResponse({ type: OutcomeResponse })
  outcome(@Ctx() ctx: RequestContext, @Param() p: ApplicationIdParam, @Body() body: RecordOutcomeBody): Promise<OutcomeResponse> {
    return this.outcomes.outcome(ctx, p.applicationId, body);
  }

  @Get('courses')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The training catalogue' })
  @ApiOkResponse({ type: CourseListResponse })
  async courseList(): Promise<CourseListResponse> {
    return { items: await this.courses.list() };
  }

  @Post('courses')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Add a course to the catalogue' })
  @ApiCreatedResponse({ type: CourseResponse })
  createCourse(@Ctx() ctx: RequestContext, @Body() body: CourseBody): Promise<CourseResponse> {
    return this.courses.create(ctx, body);
  }

  @Get('recruiting-days')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Upcoming recruiting days' })
  @ApiOkResponse({ type: RecruitingDayListResponse })
  async days(): Promise<RecruitingDayListResponse> {
    return { items: await this.recruiting.upcoming() };
  }

  @Post('recruiting-days')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Create a recruiting day with published vacancies' })
  @ApiCreatedResponse({ type: RecruitingDayResponse })
  createDay(@Ctx() ctx: RequestContext, @Body() body: RecruitingDayBody): Promise<RecruitingDayResponse> {
    return this.recruiting.create(ctx, body);
  }
}

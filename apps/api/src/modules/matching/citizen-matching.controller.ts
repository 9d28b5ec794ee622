import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApplicationIdParam,
  ApplicationListResponse,
  ApplicationResponse,
  ConsentBody,
  CourseListResponse,
  ProfileResponse,
  RecruitingDayIdParam,
  RecruitingDayListResponse,
  RecruitingDayResponse,
  RecruitingSignupBody,
  RecruitingSlotParam,
  Role,
  SaveProfileBody,
  VacancyIdParam,
  VacancyMatchListResponse,
  VacancyMatchResponse,
  VacancySearchQuery,
} from '@opencpi/contracts';
import type { Response } from 'express';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { ApplicationsService } from './applications/applications.service';
import { CitizenMatchingService } from './applications/citizen-matching.service';
import { RecruitingDaysService } from './applications/recruiting-days.service';
import { ProfilesService } from './profiles/profiles.service';
import { RegistryService } from '../registry/registry.service';

/** The person's professional profile, vacancies sorted by fit, applications, courses, recruiting days. */
@ApiTags('matching')
@Controller('citizen/matching')
export class CitizenMatchingController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly matching: CitizenMatchingService,
    private readonly applications: ApplicationsService,
    private readonly recruiting: RecruitingDaysService,
    private readonly registry: RegistryService,
  ) {}

  @Get('profile')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My professional profile (pre-filled from DID and registry until saved; audited)' })
  @ApiOkResponse({ type: ProfileResponse })
  profile(@Ctx() ctx: RequestContext): Promise<ProfileResponse> {
    return this.profiles.mine(ctx);
  }

  @Put('profile')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Save my professional profile, with who may see it' })
  @ApiOkResponse({ type: ProfileResponse })
  save(@Ctx() ctx: RequestContext, @Body() body: SaveProfileBody): Promise<ProfileResponse> {
    return this.profiles.save(ctx, body);
  }

  @Get('profile/cv')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My CV, Europass style, as PDF' })
  @ApiProduces('application/pdf')
  async cv(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const bytes = await this.profiles.cv(ctx);
    res.type('application/pdf').setHeader('Content-Disposition', 'attachment; filename="curriculum-europass.pdf"');
    res.send(bytes);
  }

  @Get('vacancies')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Vacancies sorted by fit, each with what I have and what I am missing' })
  @ApiOkResponse({ type: VacancyMatchListResponse })
  vacancies(@Ctx() ctx: RequestContext, @Query() q: VacancySearchQuery): Promise<VacancyMatchListResponse> {
    return this.matching.list(ctx, q);
  }

  @Get('vacancies/:vacancyId')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'One vacancy with the explanation and, for each missing skill, courses that teach it' })
  @ApiOkResponse({ type: VacancyMatchResponse })
  vacancy(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<VacancyMatchResponse> {
    return this.matching.detail(ctx, p.vacancyId);
  }

  @Post('vacancies/:vacancyId/save')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(204)
  @ApiOperation({ summary: 'Save a vacancy' })
  @ApiNoContentResponse()
  async saveVacancy(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<void> {
    await this.applications.save(ctx, p.vacancyId, true);
  }

  @Delete('vacancies/:vacancyId/save')
  @Allow([Role.Citizen], { minLevel: 1 })
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget a saved vacancy' })
  @ApiNoContentResponse()
  async unsave(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<void> {
    await this.applications.save(ctx, p.vacancyId, false);
  }

  @Post('vacancies/:vacancyId/apply')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Apply (409 ALREADY_APPLIED); applying consents to being named to the employer' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  apply(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<ApplicationResponse> {
    return this.applications.apply(ctx, p.vacancyId);
  }

  @Get('applications')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My applications and proposals, with outcome and consent' })
  @ApiOkResponse({ type: ApplicationListResponse })
  async mine(@Ctx() ctx: RequestContext): Promise<ApplicationListResponse> {
    return { items: await this.applications.mine(ctx) };
  }

  @Post('applications/:applicationId/consent')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'May the employer see my name and contacts for this vacancy?' })
  @ApiOkResponse({ type: ApplicationResponse })
  consent(@Ctx() ctx: RequestContext, @Param() p: ApplicationIdParam, @Body() body: ConsentBody): Promise<ApplicationResponse> {
    return this.applications.consent(ctx, p.applicationId, body.granted);
  }

  @Get('courses/suggestions')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Courses covering most of my gaps for the occupations I look for' })
  @ApiOkResponse({ type: CourseListResponse })
  async courses(@Ctx() ctx: RequestContext): Promise<CourseListResponse> {
    return { items: await this.matching.courseSuggestions(ctx) };
  }

  @Get('recruiting-days')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Upcoming recruiting days and virtual job fairs' })
  @ApiOkResponse({ type: RecruitingDayListResponse })
  async days(@Ctx() ctx: RequestContext): Promise<RecruitingDayListResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    return { items: await this.recruiting.upcoming(me.id) };
  }

  @Post('recruiting-days/:recruitingDayId/slots/:slotId/book')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Book an interview slot of a recruiting day (409 SLOT_FULL when taken, 409 ALREADY_BOOKED at the same time)' })
  @ApiCreatedResponse({ type: RecruitingDayResponse })
  book(@Ctx() ctx: RequestContext, @Param() p: RecruitingSlotParam): Promise<RecruitingDayResponse> {
    return this.recruiting.bookSlot(ctx, p.recruitingDayId, p.slotId);
  }

  @Post('recruiting-days/:recruitingDayId/signup')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Sign up for a recruiting day, for some of its vacancies' })
  @ApiCreatedResponse({ type: RecruitingDayResponse })
  signUp(@Ctx() ctx: RequestContext, @Param() p: RecruitingDayIdParam, @Body() body: RecruitingSignupBody): Promise<RecruitingDayResponse> {
    return this.recruiting.signUp(ctx, p.recruitingDayId, body.vacancyIds);
  }
}

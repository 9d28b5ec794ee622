import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyCandidateListResponse, ContactRequestListResponse, ContactRequestResponse, CreateContactRequestBody, Role, VacancyIdParam } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { CompanyCandidatesService } from './company-candidates.service';

/** The approved company's candidate search and contact requests (anonymous until the person accepts). */
@ApiTags('matching')
@Controller('employer/matching')
export class EmployerContactRequestsController {
  constructor(private readonly candidates: CompanyCandidatesService) {}

  @Get('vacancies/:vacancyId/candidate-search')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Available candidates who let employers see their profile: anonymous, ranked and explained (each row audited)' })
  @ApiOkResponse({ type: CompanyCandidateListResponse })
  async search(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam): Promise<CompanyCandidateListResponse> {
    return { items: await this.candidates.search(ctx, p.vacancyId) };
  }

  @Post('vacancies/:vacancyId/contact-requests')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Ask a candidate of the search to get in touch, through the CPI or straight to the person (audited)' })
  @ApiCreatedResponse({ type: ContactRequestResponse })
  @ApiConflictResponse({ description: 'CONTACT_REQUEST_EXISTS; VACANCY_NOT_OPEN (not published)' })
  request(@Ctx() ctx: RequestContext, @Param() p: VacancyIdParam, @Body() body: CreateContactRequestBody): Promise<ContactRequestResponse> {
    return this.candidates.requestContact(ctx, p.vacancyId, body);
  }

  @Get('contact-requests')
  @Allow([Role.Employer])
  @ApiOperation({ summary: "My companies' contact requests: name and contacts only of the people who accepted" })
  @ApiOkResponse({ type: ContactRequestListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<ContactRequestListResponse> {
    return { items: await this.candidates.requestsOfMyCompanies(ctx) };
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyIdParam, CompanyListQuery, CompanyListResponse, CompanyResponse, OFFICE_ROLES, ReviewCompanyBody } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { CompaniesService } from './companies.service';

/** The CPI's company desk: companies whose main site the caller's offices serve; review of pending registrations. */
@ApiTags('registry')
@Controller('operator/registry/companies')
export class OperatorCompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Companies of my offices (by main site), e.g. ?status=pending' })
  @ApiOkResponse({ type: CompanyListResponse })
  list(@Ctx() ctx: RequestContext, @Query() q: CompanyListQuery): Promise<CompanyListResponse> {
    return this.companies.forOffices(ctx, q.status);
  }

  @Get(':companyId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'One company of my offices (members read: audited)' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiNotFoundResponse({ description: 'COMPANY_NOT_FOUND: no such company in the offices you serve' })
  one(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam): Promise<CompanyResponse> {
    return this.companies.forOffice(ctx, p.companyId);
  }

  @Post(':companyId/review')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Approve or reject (with a reason) a pending company (audited)' })
  @ApiOkResponse({ type: CompanyResponse })
  @ApiConflictResponse({ description: 'COMPANY_NOT_PENDING: already reviewed' })
  review(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam, @Body() body: ReviewCompanyBody): Promise<CompanyResponse> {
    return this.companies.review(ctx, p.companyId, body);
  }
}

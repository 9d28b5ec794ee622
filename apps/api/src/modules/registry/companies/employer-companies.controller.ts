import { Body, Controller, Delete, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyIdParam, CompanyMemberParam, CompanyResponse, InviteCompanyMemberBody, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { CompaniesService } from './companies.service';

/** The administrator of an approved company manages its members. */
@ApiTags('registry')
@Controller('employer/registry/companies')
export class EmployerCompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Post(':companyId/members')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Invite a colleague (fiscal code and name): they act for the company from their next sign-in' })
  @ApiCreatedResponse({ type: CompanyResponse })
  @ApiForbiddenResponse({ description: 'COMPANY_NOT_APPROVED, COMPANY_ADMIN_REQUIRED' })
  @ApiConflictResponse({ description: 'COMPANY_MEMBER_EXISTS (errors name /fiscalCode)' })
  invite(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam, @Body() body: InviteCompanyMemberBody): Promise<CompanyResponse> {
    return this.companies.invite(ctx, p.companyId, body);
  }

  @Delete(':companyId/members/:memberId')
  @Allow([Role.Employer])
  @ApiOperation({ summary: 'Remove a member (not an administrator)' })
  @ApiOkResponse({ type: CompanyResponse })
  remove(@Ctx() ctx: RequestContext, @Param() p: CompanyMemberParam): Promise<CompanyResponse> {
    return this.companies.removeMember(ctx, p.companyId, p.memberId);
  }
}

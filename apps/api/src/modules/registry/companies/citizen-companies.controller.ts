import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CompanyIdParam, CompanyListResponse, CompanyResponse, RegisterCompanyBody, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { CompaniesService } from './companies.service';

/** A person signed in with SPID/CIE declares a company and follows its review (any status: before approval there is no employer area). */
@ApiTags('registry')
@Controller('citizen/registry/companies')
export class CitizenCompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Post()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'Declare a company (pending until an operator of the CPI of its main site approves it); the caller administers it' })
  @ApiCreatedResponse({ type: CompanyResponse })
  @ApiConflictResponse({ description: 'COMPANY_ALREADY_REGISTERED: the partita IVA is taken (errors name /vatNumber)' })
  register(@Ctx() ctx: RequestContext, @Body() body: RegisterCompanyBody): Promise<CompanyResponse> {
    return this.companies.register(ctx, body);
  }

  @Get()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'The companies I belong to, whatever their status' })
  @ApiOkResponse({ type: CompanyListResponse })
  mine(@Ctx() ctx: RequestContext): Promise<CompanyListResponse> {
    return this.companies.mine(ctx);
  }

  @Get(':companyId')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'One of my companies: profile, sites, members, status' })
  @ApiOkResponse({ type: CompanyResponse })
  one(@Ctx() ctx: RequestContext, @Param() p: CompanyIdParam): Promise<CompanyResponse> {
    return this.companies.ownCompany(ctx, p.companyId);
  }
}

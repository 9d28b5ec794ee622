import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyPathwayResponse, AssignmentResponse, CitizenIdParam, CreateAssignmentBody, OFFICE_ROLES } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { PathwayService } from '../delivered-services/pathway.service';
import { AssignmentsService } from './assignments.service';

/** CPI operators: assign a person of their offices to an agency (GOL pathway) and see the person's pathway with agencies. */
@ApiTags('operator')
@Controller('operator/agencies')
export class OperatorAgencyWorkController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly pathway: PathwayService,
  ) {}

  @Post('assignments')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Assign a person of my offices to an accredited agency (GOL pathway; audited)' })
  @ApiCreatedResponse({ type: AssignmentResponse })
  assign(@Ctx() ctx: RequestContext, @Body() body: CreateAssignmentBody): Promise<AssignmentResponse> {
    return this.assignments.assignByOperator(ctx, body);
  }

  @Get('citizens/:citizenId/pathway')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The person’s assignments, outcomes, services delivered by agencies and their SAP section 6 rows (audited)' })
  @ApiOkResponse({ type: AgencyPathwayResponse })
  ofCitizen(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<AgencyPathwayResponse> {
    return this.pathway.ofCitizen(ctx, p.citizenId);
  }
}

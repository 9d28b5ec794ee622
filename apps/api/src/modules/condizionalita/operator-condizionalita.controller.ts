import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ConditionalityCaseIdParam,
  ConditionalityCaseListQuery,
  ConditionalityCaseListResponse,
  ConditionalityCaseResponse,
  ConditionalityMeasureIdParam,
  ConfirmDecisionBody,
  DecideCaseBody,
  MeasureResponse,
  OFFICE_ROLES,
  ReverseMeasureBody,
  Role,
  SanctionRuleListResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { OperatorCasesService } from './cases/operator-cases.service';
import { DecisionsService } from './decisions/decisions.service';

const MANAGERS = [Role.CpiManager, Role.RegionAdmin];

@ApiTags('condizionalita')
@Controller('operator/condizionalita')
export class OperatorCondizionalitaController {
  constructor(
    private readonly cases: OperatorCasesService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get('cases')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Worklist of my offices' cases: by state, office, benefit; soonest deadline first" })
  @ApiOkResponse({ type: ConditionalityCaseListResponse })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: an office I do not serve' })
  worklist(@Ctx() ctx: RequestContext, @Query() q: ConditionalityCaseListQuery): Promise<ConditionalityCaseListResponse> {
    return this.cases.worklist(ctx, q);
  }

  @Get('cases/:caseId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "A case: timeline, the person's justification and documents, decision, measures and where they stand with INPS" })
  @ApiOkResponse({ type: ConditionalityCaseResponse })
  @ApiNotFoundResponse({ description: 'CONDITIONALITY_CASE_NOT_FOUND (also for a case of another office)' })
  caseFor(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam): Promise<ConditionalityCaseResponse> {
    return this.cases.caseFor(ctx, p.caseId);
  }

  @Post('cases/:caseId/decision')
  @Allow(OFFICE_ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide: justified (coded reason) or not justified (written reason; a cut or a loss waits for a manager)' })
  @ApiOkResponse({ type: ConditionalityCaseResponse })
  @ApiConflictResponse({ description: 'CASE_NOT_DECIDABLE (decided, or not justified while the person may still justify), NO_SANCTION_RULE' })
  decide(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam, @Body() body: DecideCaseBody): Promise<ConditionalityCaseResponse> {
    return this.decisions.decide(ctx, p.caseId, body);
  }

  @Post('cases/:caseId/confirmation')
  @Allow(MANAGERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'Four eyes: a manager other than the decider confirms (the measure is decided and sent to INPS) or returns the decision' })
  @ApiOkResponse({ type: ConditionalityCaseResponse })
  @ApiForbiddenResponse({ description: 'FOUR_EYES_SAME_PERSON' })
  @ApiConflictResponse({ description: 'CASE_NOT_PENDING_CONFIRMATION' })
  confirm(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam, @Body() body: ConfirmDecisionBody): Promise<ConditionalityCaseResponse> {
    return this.decisions.confirm(ctx, p.caseId, body);
  }

  @Post('measures/:measureId/reversal')
  @Allow(MANAGERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Appeal upheld: a new measure annulling this one (referencing it), sent to INPS' })
  @ApiCreatedResponse({ type: MeasureResponse })
  @ApiNotFoundResponse({ description: 'MEASURE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'MEASURE_NOT_REVERSIBLE: already reversed, or itself a reversal' })
  reverse(@Ctx() ctx: RequestContext, @Param() p: ConditionalityMeasureIdParam, @Body() body: ReverseMeasureBody): Promise<MeasureResponse> {
    return this.decisions.reverse(ctx, p.measureId, body);
  }

  @Get('rules')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The sanction ladder as data (versions, steps, sources, verified flags) and the justification window parameters' })
  @ApiOkResponse({ type: SanctionRuleListResponse })
  rules(): Promise<SanctionRuleListResponse> {
    return this.cases.rules();
  }
}

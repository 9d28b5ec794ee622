import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IvcCaseIdParam, IvcCaseListResponse, IvcCaseResponse, RecordIvcExamBody, Role, SaveIvcJudgementsBody } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CasesService } from './cases/cases.service';
import { ValidationService } from './cases/validation.service';

/** The assessor's side of IVC (role `ivc_assessor`): validation of each competence and the commission's exam result. */
@ApiTags('ivc')
@Controller('operator/ivc')
export class AssessorIvcController {
  constructor(
    private readonly cases: CasesService,
    private readonly validation: ValidationService,
  ) {}

  @Get('assessments')
  @Allow([Role.IvcAssessor])
  @ApiOperation({ summary: 'Cases of my region waiting for an assessor, those I assess, and validated ones (audited)' })
  @ApiOkResponse({ type: IvcCaseListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<IvcCaseListResponse> {
    return { items: await this.cases.forAssessor(ctx) };
  }

  @Post('cases/:caseId/assessment')
  @HttpCode(200)
  @Allow([Role.IvcAssessor])
  @ApiOperation({ summary: 'Take a case as its assessor (never its guiding operator; audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiNotFoundResponse({ description: 'IVC_CASE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'IVC_ASSESSOR_IS_GUIDING_OPERATOR, IVC_CASE_STATE_INVALID' })
  take(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam): Promise<IvcCaseResponse> {
    return this.validation.take(ctx, p.caseId);
  }

  @Put('cases/:caseId/judgements')
  @Allow([Role.IvcAssessor])
  @ApiOperation({ summary: 'Judge competences: validated / not validated, with notes (the case’s assessor; audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (/items/n/competenceId)' })
  @ApiForbiddenResponse({ description: 'IVC_NOT_CASE_ASSESSOR' })
  @ApiConflictResponse({ description: 'IVC_CASE_STATE_INVALID' })
  judge(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam, @Body() body: SaveIvcJudgementsBody): Promise<IvcCaseResponse> {
    return this.validation.judge(ctx, p.caseId, body);
  }

  @Post('cases/:caseId/validation/close')
  @HttpCode(200)
  @Allow([Role.IvcAssessor])
  @ApiOperation({ summary: 'Close validation: documento di validazione (sealed PDF and Open Badge) when a competence is validated; the profile gains them (audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiForbiddenResponse({ description: 'IVC_NOT_CASE_ASSESSOR' })
  @ApiConflictResponse({ description: 'IVC_JUDGEMENTS_INCOMPLETE, IVC_CASE_STATE_INVALID' })
  close(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam): Promise<IvcCaseResponse> {
    return this.validation.close(ctx, p.caseId);
  }

  @Post('cases/:caseId/certification')
  @HttpCode(200)
  @Allow([Role.IvcAssessor])
  @ApiOperation({ summary: "Record the commission's exam result: certificato when passed (an assessor of the region, not the guide; audited)" })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'IVC_ASSESSOR_IS_GUIDING_OPERATOR, IVC_CASE_STATE_INVALID' })
  certification(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam, @Body() body: RecordIvcExamBody): Promise<IvcCaseResponse> {
    return this.validation.recordExam(ctx, p.caseId, body);
  }
}

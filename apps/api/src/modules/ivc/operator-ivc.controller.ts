import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddIvcEvidenceBody,
  AppointIvcAssessorBody,
  CloseIdentificationBody,
  IvcAssessorListResponse,
  IvcAssessorResponse,
  IvcCaseIdParam,
  IvcCaseListResponse,
  IvcCaseResponse,
  IvcCasesQuery,
  IvcEvidenceParam,
  IvcOutputIdParam,
  IvcQualificationListResponse,
  IvcQualificationsQuery,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { AssessorsService } from './assessors/assessors.service';
import { CaseAccessService } from './cases/case-access.service';
import { CasesService } from './cases/cases.service';
import { IdentificationService } from './cases/identification.service';
import { RepertoireService } from './repertoire/repertoire.service';

const OFFICE = [Role.Operator, Role.CpiManager, Role.RegionAdmin];
const GUIDES = [Role.Operator, Role.CpiManager];
const OFFICE_OR_ASSESSOR = [...OFFICE, Role.IvcAssessor];

/** The office's side of IVC: the cases of its people, identification (guiding operator), outputs, appointed assessors. */
@ApiTags('ivc')
@Controller('operator/ivc')
export class OperatorIvcController {
  constructor(
    private readonly cases: CasesService,
    private readonly access: CaseAccessService,
    private readonly identification: IdentificationService,
    private readonly repertoire: RepertoireService,
    private readonly assessors: AssessorsService,
  ) {}

  @Get('qualifications')
  @Allow(OFFICE_OR_ASSESSOR)
  @ApiOperation({ summary: 'Qualifications of the regional repertoires, with their competences' })
  @ApiOkResponse({ type: IvcQualificationListResponse })
  async qualifications(@Query() q: IvcQualificationsQuery): Promise<IvcQualificationListResponse> {
    return { items: await this.repertoire.search(q) };
  }

  @Get('cases')
  @Allow(OFFICE)
  @ApiOperation({ summary: 'Validation cases of the people of my offices (audited)' })
  @ApiOkResponse({ type: IvcCaseListResponse })
  async list(@Ctx() ctx: RequestContext, @Query() q: IvcCasesQuery): Promise<IvcCaseListResponse> {
    return { items: await this.cases.ofMyOffices(ctx, q.state) };
  }

  @Get('cases/:caseId')
  @Allow(OFFICE_OR_ASSESSOR)
  @ApiOperation({ summary: 'A case: dossier, judgements, outputs, and what I may do now (audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiNotFoundResponse({ description: 'IVC_CASE_NOT_FOUND' })
  one(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam): Promise<IvcCaseResponse> {
    return this.access.view(ctx, p.caseId);
  }

  @Post('cases/:caseId/take-charge')
  @HttpCode(200)
  @Allow(GUIDES)
  @ApiOperation({ summary: 'Take charge of a requested case as its guiding operator (audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiNotFoundResponse({ description: 'IVC_CASE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'IVC_CASE_STATE_INVALID' })
  takeCharge(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam): Promise<IvcCaseResponse> {
    return this.identification.takeCharge(ctx, p.caseId);
  }

  @Post('cases/:caseId/evidence')
  @Allow(GUIDES)
  @ApiOperation({ summary: 'Add evidence to the dossier: an experience of the matching profile, a dossier document or a note (guiding operator; audited)' })
  @ApiCreatedResponse({ type: IvcCaseResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (/experienceIndex, /documentId, /competenceIds/n)' })
  @ApiForbiddenResponse({ description: 'IVC_NOT_GUIDING_OPERATOR' })
  @ApiConflictResponse({ description: 'IVC_CASE_STATE_INVALID' })
  addEvidence(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam, @Body() body: AddIvcEvidenceBody): Promise<IvcCaseResponse> {
    return this.identification.addEvidence(ctx, p.caseId, body);
  }

  @Delete('cases/:caseId/evidence/:evidenceId')
  @Allow(GUIDES)
  @ApiOperation({ summary: 'Remove evidence from the dossier during identification (guiding operator; audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiNotFoundResponse({ description: 'IVC_CASE_NOT_FOUND, IVC_EVIDENCE_NOT_FOUND' })
  removeEvidence(@Ctx() ctx: RequestContext, @Param() p: IvcEvidenceParam): Promise<IvcCaseResponse> {
    return this.identification.removeEvidence(ctx, p.caseId, p.evidenceId);
  }

  @Post('cases/:caseId/identification/close')
  @HttpCode(200)
  @Allow(GUIDES)
  @ApiOperation({ summary: 'Close identification: issues the documento di trasparenza (sealed PDF and Open Badge; audited)' })
  @ApiOkResponse({ type: IvcCaseResponse })
  @ApiForbiddenResponse({ description: 'IVC_NOT_GUIDING_OPERATOR' })
  @ApiConflictResponse({ description: 'IVC_EVIDENCE_REQUIRED, IVC_CASE_STATE_INVALID' })
  closeIdentification(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam, @Body() body: CloseIdentificationBody): Promise<IvcCaseResponse> {
    return this.identification.close(ctx, p.caseId, body.summary);
  }

  @Get('outputs/:outputId/pdf')
  @Allow(OFFICE_OR_ASSESSOR)
  @ApiOperation({ summary: 'The sealed PDF of an output of a case in my scope (audited)' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'IVC_OUTPUT_NOT_FOUND' })
  async pdf(@Ctx() ctx: RequestContext, @Param() p: IvcOutputIdParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.cases.pdf(ctx, 'operator', p.outputId);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }

  @Get('assessors')
  @Allow([Role.CpiManager, Role.RegionAdmin])
  @ApiOperation({ summary: 'The assessors appointed for my region' })
  @ApiOkResponse({ type: IvcAssessorListResponse })
  async assessorList(@Ctx() ctx: RequestContext): Promise<IvcAssessorListResponse> {
    return { items: await this.assessors.list(ctx) };
  }

  @Post('assessors')
  @Allow([Role.CpiManager, Role.RegionAdmin])
  @ApiOperation({ summary: 'Appoint a person as assessor for my region (audited)' })
  @ApiCreatedResponse({ type: IvcAssessorResponse })
  @ApiConflictResponse({ description: 'IVC_ASSESSOR_ALREADY_APPOINTED' })
  appoint(@Ctx() ctx: RequestContext, @Body() body: AppointIvcAssessorBody): Promise<IvcAssessorResponse> {
    return this.assessors.appoint(ctx, body);
  }
}

import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CitizenIvcCaseListResponse,
  CitizenIvcCaseResponse,
  IvcCaseIdParam,
  IvcOutputIdParam,
  IvcQualificationListResponse,
  IvcQualificationsQuery,
  RequestIvcBody,
  Role,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CasesService } from './cases/cases.service';
import { RepertoireService } from './repertoire/repertoire.service';

/** "Valida le tue competenze" (D.Lgs. 13/2013): ask for validation, follow it, download the outputs and their Open Badges. */
@ApiTags('ivc')
@Controller('citizen/ivc')
export class CitizenIvcController {
  constructor(
    private readonly cases: CasesService,
    private readonly repertoire: RepertoireService,
  ) {}

  @Get('qualifications')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Qualifications of the regional repertoires, with their competences (sample records are marked)' })
  @ApiOkResponse({ type: IvcQualificationListResponse })
  async qualifications(@Query() q: IvcQualificationsQuery): Promise<IvcQualificationListResponse> {
    return { items: await this.repertoire.search(q) };
  }

  @Post('cases')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Ask for validation of my competences for a qualification (audited)' })
  @ApiCreatedResponse({ type: CitizenIvcCaseResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'IVC_QUALIFICATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'IVC_CASE_ALREADY_OPEN' })
  request(@Ctx() ctx: RequestContext, @Body() body: RequestIvcBody): Promise<CitizenIvcCaseResponse> {
    return this.cases.request(ctx, body);
  }

  @Get('cases')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My validations: in progress until validation is closed, then the outcome; only issued outputs (audited)' })
  @ApiOkResponse({ type: CitizenIvcCaseListResponse })
  async mine(@Ctx() ctx: RequestContext): Promise<CitizenIvcCaseListResponse> {
    return { items: await this.cases.mine(ctx) };
  }

  @Get('cases/:caseId')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'One of my validations (audited)' })
  @ApiOkResponse({ type: CitizenIvcCaseResponse })
  @ApiNotFoundResponse({ description: 'IVC_CASE_NOT_FOUND' })
  one(@Ctx() ctx: RequestContext, @Param() p: IvcCaseIdParam): Promise<CitizenIvcCaseResponse> {
    return this.cases.mineOne(ctx, p.caseId);
  }

  @Get('outputs/:outputId/pdf')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'The sealed PDF of one of my outputs (audited)' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'IVC_OUTPUT_NOT_FOUND' })
  async pdf(@Ctx() ctx: RequestContext, @Param() p: IvcOutputIdParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.cases.pdf(ctx, 'citizen', p.outputId);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }

  @Get('outputs/:outputId/badge')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'The Open Badge (OpenBadgeCredential, vc+jwt) of one of my outputs, for a wallet or a verifier (audited)' })
  @ApiProduces('application/vc+jwt')
  @ApiNotFoundResponse({ description: 'IVC_OUTPUT_NOT_FOUND' })
  async badge(@Ctx() ctx: RequestContext, @Param() p: IvcOutputIdParam, @Res() res: Response): Promise<void> {
    const { fileName, jwt } = await this.cases.badge(ctx, p.outputId);
    res.type('application/vc+jwt').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(jwt);
  }
}

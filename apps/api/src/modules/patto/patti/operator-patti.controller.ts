import { Body, Controller, Get, Param, Post, Put, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CitizenIdParam,
  ClosePattoBody,
  CountersignPattoBody,
  CreatePattoBody,
  OFFICE_ROLES,
  PattoContentBody,
  PattoIdParam,
  PattoResponse,
  PattoTemplateListResponse,
  PattoVersionParam,
  PersonOverviewResponse,
  ProfilingResponse,
  QualitativeAssessmentBody,
  WorklistResponse,
} from '@opencpi/contracts';
import type { Response } from 'express';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import type { UploadedFile as Uploaded } from '../../dossier/dossier.service';
import { FileUpload, uploadSchema } from '../../dossier/upload';
import { DraftingService } from '../drafting/drafting.service';
import { ProfilingService } from '../profiling/profiling.service';
import { SignatureService } from '../signature/signature.service';
import { PattoViewService } from './patto-view.service';
import { WorklistService } from './worklist.service';

/** Operators of the person's office: worklist, profiling, drafting, countersigning. */
@ApiTags('patto')
@Controller('operator')
export class OperatorPattiController {
  constructor(
    private readonly worklists: WorklistService,
    private readonly profilings: ProfilingService,
    private readonly drafting: DraftingService,
    private readonly signatures: SignatureService,
    private readonly view: PattoViewService,
  ) {}

  @Get('patto/worklist')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'People of my offices with a DID who have not contacted the CPI in time, or are due within 7 days (each result audited)' })
  @ApiOkResponse({ type: WorklistResponse })
  async worklist(@Ctx() ctx: RequestContext): Promise<WorklistResponse> {
    return { items: await this.worklists.worklist(ctx) };
  }

  @Get('patto/citizens/:citizenId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'DID, derived status, channel, profiling and patto of a person (audited)' })
  @ApiOkResponse({ type: PersonOverviewResponse })
  person(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<PersonOverviewResponse> {
    return this.worklists.personOverview(ctx, p.citizenId);
  }

  @Post('patto/citizens/:citizenId/profiling')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Compute the disadvantage index with the current model (needs an active DID)' })
  @ApiCreatedResponse({ type: ProfilingResponse })
  profiling(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<ProfilingResponse> {
    return this.profilings.run(ctx, p.citizenId);
  }

  @Post('patto/citizens/:citizenId/assessment')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Qualitative assessment → GOL pathway (a pathway other than the suggested one needs overrideReason)' })
  @ApiOkResponse({ type: ProfilingResponse })
  assess(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: QualitativeAssessmentBody): Promise<ProfilingResponse> {
    return this.profilings.assess(ctx, p.citizenId, body);
  }

  @Get('patto/templates')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Patto templates per GOL pathway' })
  @ApiOkResponse({ type: PattoTemplateListResponse })
  async templates(): Promise<PattoTemplateListResponse> {
    return { items: await this.profilings.templates() };
  }

  @Post('patti')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Draft a patto (one active per person: 409 PATTO_ALREADY_ACTIVE)' })
  @ApiCreatedResponse({ type: PattoResponse })
  create(@Ctx() ctx: RequestContext, @Body() body: CreatePattoBody): Promise<PattoResponse> {
    const { citizenId, ...content } = body;
    return this.drafting.create(ctx, citizenId, content);
  }

  @Get('patti/:pattoId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'A patto with all versions, signatures (evidence) and diffs (audited)' })
  @ApiOkResponse({ type: PattoResponse })
  get(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam): Promise<PattoResponse> {
    return this.view.operatorView(ctx, p.pattoId);
  }

  @Put('patti/:pattoId/draft')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Edit the draft; on a signed patto, start an amendment (new version). Proposed versions are frozen.' })
  @ApiOkResponse({ type: PattoResponse })
  saveDraft(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: PattoContentBody): Promise<PattoResponse> {
    return this.drafting.saveDraft(ctx, p.pattoId, body);
  }

  @Post('patti/:pattoId/propose')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Freeze the text (SHA-256) and ask the parties to sign; the person is notified' })
  @ApiOkResponse({ type: PattoResponse })
  propose(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam): Promise<PattoResponse> {
    return this.drafting.propose(ctx, p.pattoId);
  }

  @Post('patti/:pattoId/countersign')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The CPI's signature (SPID/CIE session ≥ 2; evidence kept)" })
  @ApiOkResponse({ type: PattoResponse })
  countersign(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: CountersignPattoBody): Promise<PattoResponse> {
    return this.signatures.countersign(ctx, p.pattoId, body.documentSha256);
  }

  @Post('patti/:pattoId/in-person-signature')
  @Allow(OFFICE_ROLES)
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema())
  @ApiOperation({ summary: "The person signed on paper: upload the scanned copy as the person's signature" })
  @ApiOkResponse({ type: PattoResponse })
  inPerson(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @UploadedFile() file: Uploaded | undefined): Promise<PattoResponse> {
    return this.signatures.inPersonSignature(ctx, p.pattoId, file);
  }

  @Post('patti/:pattoId/close')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Close the patto (with a reason)' })
  @ApiOkResponse({ type: PattoResponse })
  close(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: ClosePattoBody): Promise<PattoResponse> {
    return this.drafting.close(ctx, p.pattoId, body.reason);
  }

  @Get('patti/:pattoId/versions/:version/pdf')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'PDF of a version with its signature page (audited)' })
  @ApiProduces('application/pdf')
  async pdf(@Ctx() ctx: RequestContext, @Param() p: PattoVersionParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.view.pdf(ctx, 'operator', p.pattoId, p.version);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }
}

import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PattoIdParam, PattoListResponse, PattoResponse, PattoVersionParam, Role, SignatureChallengeBody, SignatureChallengeResponse, SignPattoBody } from '@opencpi/contracts';
import type { Response } from 'express';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { SignatureService } from '../signature/signature.service';
import { PattoViewService } from './patto-view.service';
import { StrictRateLimit } from '../../../platform/rate-limit/rate-limit.decorator';

/** The person's patti and the remote signature (SPID/CIE level 2 or more for signing). */
@ApiTags('patto')
@Controller('citizen/patti')
export class CitizenPattiController {
  constructor(
    private readonly view: PattoViewService,
    private readonly signatures: SignatureService,
  ) {}

  @Get()
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My patti, newest first, from their first proposal on (audited)' })
  @ApiOkResponse({ type: PattoListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<PattoListResponse> {
    return { items: await this.view.citizenPatti(ctx) };
  }

  @Post(':pattoId/signature-challenges')
  @StrictRateLimit('otp')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Send a one-time code (10 minutes, 5 tries) to my verified phone or e-mail' })
  @ApiCreatedResponse({ type: SignatureChallengeResponse })
  challenge(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: SignatureChallengeBody): Promise<SignatureChallengeResponse> {
    return this.signatures.requestCode(ctx, p.pattoId, body.channel);
  }

  @Post(':pattoId/signatures')
  @StrictRateLimit('otp')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Sign with the code and the SHA-256 of the text read (evidence: hash, session, level, code time, IP, user agent)' })
  @ApiCreatedResponse({ type: PattoResponse })
  sign(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: SignPattoBody): Promise<PattoResponse> {
    return this.signatures.sign(ctx, p.pattoId, body);
  }

  @Get(':pattoId/versions/:version/pdf')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'PDF of a version with its signature page' })
  @ApiProduces('application/pdf')
  async pdf(@Ctx() ctx: RequestContext, @Param() p: PattoVersionParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.view.pdf(ctx, 'citizen', p.pattoId, p.version);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }
}

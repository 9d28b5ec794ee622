import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ExportIdParam, ExportListResponse, ExportResponse, RequestExportBody, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { ExportsService } from './export/exports.service';

/** "Scarica i tuoi dati": the person's whole dossier (GDPR art. 15 and 20), prepared in the background. */
@ApiTags('portability')
@Controller('citizen/portability')
export class CitizenPortabilityController {
  constructor(private readonly exports: ExportsService) {}

  @Post('exports')
  @HttpCode(202)
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Ask for my whole dossier as a signed bundle; prepared in the background (one at a time: the one in progress is answered) (audited)' })
  @ApiAcceptedResponse({ type: ExportResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  request(@Ctx() ctx: RequestContext, @Body() body: RequestExportBody): Promise<ExportResponse> {
    return this.exports.request(ctx, body);
  }

  @Get('exports')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My exports, newest first: progress, until when each can be downloaded' })
  @ApiOkResponse({ type: ExportListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<ExportListResponse> {
    return { items: await this.exports.mine(ctx) };
  }

  @Get('exports/:exportId')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'One export of mine (polled for its progress: steps done / total)' })
  @ApiOkResponse({ type: ExportResponse })
  @ApiNotFoundResponse({ description: 'PORTABILITY_EXPORT_NOT_FOUND' })
  one(@Ctx() ctx: RequestContext, @Param() p: ExportIdParam): Promise<ExportResponse> {
    return this.exports.one(ctx, p.exportId);
  }

  @Get('exports/:exportId/bundle')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'The signed ZIP bundle: dossier.json, files, summary.pdf, manifest.json, signature.jws (audited)' })
  @ApiProduces('application/zip')
  @ApiNotFoundResponse({ description: 'PORTABILITY_EXPORT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PORTABILITY_EXPORT_NOT_READY' })
  @ApiGoneResponse({ description: 'PORTABILITY_EXPORT_EXPIRED' })
  async bundle(@Ctx() ctx: RequestContext, @Param() p: ExportIdParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.exports.bundle(ctx, p.exportId);
    res.type('application/zip').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }
}

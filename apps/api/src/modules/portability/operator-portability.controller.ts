import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  BUNDLE_MAX_BYTES,
  CitizenIdParam,
  ImportedDossierListResponse,
  ImportedDossierResponse,
  ImportedDossierSummaryResponse,
  ImportFileParam,
  ImportIdParam,
  OFFICE_ROLES,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import type { UploadedFile as Uploaded } from '../dossier/dossier.service';
import { ImportsService } from './import/imports.service';

/** Moving to this region: the operator imports the bundle the person brings; the history is shown read-only. */
@ApiTags('portability')
@Controller('operator/portability')
export class OperatorPortabilityController {
  constructor(private readonly imports: ImportsService) {}

  @Post('imports')
  @HttpCode(201)
  @Allow(OFFICE_ROLES)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: BUNDLE_MAX_BYTES + 1, files: 1, fields: 0, parts: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'the ZIP bundle, at most 50 MB' } } } })
  @ApiOperation({ summary: "Import another region's signed dossier bundle: checked against the trusted issuers; refused bundles write nothing (audited)" })
  @ApiCreatedResponse({ type: ImportedDossierSummaryResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, PORTABILITY_BUNDLE_INVALID' })
  @ApiUnprocessableEntityResponse({ description: 'PORTABILITY_BUNDLE_TAMPERED, PORTABILITY_ISSUER_UNTRUSTED' })
  @ApiConflictResponse({ description: 'PORTABILITY_ALREADY_IMPORTED' })
  import(@Ctx() ctx: RequestContext, @UploadedFile() file: Uploaded | undefined): Promise<ImportedDossierSummaryResponse> {
    return this.imports.import(ctx, file);
  }

  @Get('imports')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Dossiers imported by my offices, newest first (audited)' })
  @ApiOkResponse({ type: ImportedDossierListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<ImportedDossierListResponse> {
    return { items: await this.imports.ofMyOffices(ctx) };
  }

  @Get('imports/:importId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'An imported dossier, read-only: dossier.json as exported by the other region, and its files (audited)' })
  @ApiOkResponse({ type: ImportedDossierResponse })
  @ApiNotFoundResponse({ description: 'PORTABILITY_IMPORT_NOT_FOUND (also outside your offices)' })
  one(@Ctx() ctx: RequestContext, @Param() p: ImportIdParam): Promise<ImportedDossierResponse> {
    return this.imports.one(ctx, p.importId);
  }

  @Get('imports/:importId/files/:fileId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'A file of an imported dossier as it came in the bundle (audited)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png') // documents are PDF, JPEG or PNG (checked by content on upload); certificates and the summary are PDF
  @ApiNotFoundResponse({ description: 'PORTABILITY_IMPORT_NOT_FOUND' })
  async file(@Ctx() ctx: RequestContext, @Param() p: ImportFileParam, @Res() res: Response): Promise<void> {
    const f = await this.imports.file(ctx, p.importId, p.fileId);
    res.type(f.mimeType).setHeader('Content-Disposition', `attachment; filename="${f.fileName.replace(/["\\\r\n]/g, '_')}"`);
    res.send(f.bytes);
  }

  @Get('citizens/:citizenId/imports')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The person's history imported from other regions (linked by fiscal code), read-only (audited)" })
  @ApiOkResponse({ type: ImportedDossierListResponse })
  @ApiNotFoundResponse({ description: 'CITIZEN_NOT_FOUND (also outside your offices)' })
  async ofCitizen(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<ImportedDossierListResponse> {
    return { items: await this.imports.ofCitizen(ctx, p.citizenId) };
  }
}

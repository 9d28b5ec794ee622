import { Controller, Get, HttpCode, Param, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { PublicCertificateResponse, PublicFileVerificationResponse, VerificationCodeParam } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { requestOriginOf } from '../../platform/auth/request-context';
import { StrictRateLimit } from '../../platform/rate-limit/rate-limit.decorator';
import type { UploadedFile as Uploaded } from '../dossier/dossier.service';
import { VERIFY_FILE_MAX_BYTES, VerificationService } from './verification/verification.service';

/**
 * Anyone can check a certificate, without login: by its code (the QR code points to the citizen SPA's /verifica/<code>,
 * which calls this) or by uploading the PDF. Rate limited per address (the `link` budget), every check recorded.
 */
@ApiTags('certificazioni')
@Controller('public/certificates')
@StrictRateLimit('link')
export class PublicCertificatesController {
  constructor(private readonly verification: VerificationService) {}

  @Post('verify-file')
  @Public({ csrf: false })
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: VERIFY_FILE_MAX_BYTES + 1, files: 1, fields: 0, parts: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'the certificate PDF, at most 5 MB' } } } })
  @ApiOperation({ summary: 'Is this PDF one of our certificates, unchanged? (sha256 against the record; authentic / revoked / not_found)' })
  @ApiOkResponse({ type: PublicFileVerificationResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (no file, not a PDF, too large)' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED' })
  verifyFile(@UploadedFile() file: Uploaded | undefined, @Req() req: Request): Promise<PublicFileVerificationResponse> {
    return this.verification.byFile(file, requestOriginOf(req));
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: 'Check a certificate by its verification code: authentic or revoked, with only what it prints' })
  @ApiOkResponse({ type: PublicCertificateResponse })
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_FOUND (nothing else is said)' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED' })
  byCode(@Param() p: VerificationCodeParam, @Req() req: Request): Promise<PublicCertificateResponse> {
    return this.verification.byCode(p.code, requestOriginOf(req));
  }
}

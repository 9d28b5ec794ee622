import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CertificateIdParam, CertificateListResponse, CertificateResponse, CertificateVerificationListResponse, RequestCertificateBody, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CertificatesService } from './certificates/certificates.service';

/** "I miei certificati": sealed certificates in self-service, and who verified them. */
@ApiTags('certificazioni')
@Controller('citizen/certificazioni')
export class CitizenCertificazioniController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('certificates')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My certificates, revoked ones included (audited)' })
  @ApiOkResponse({ type: CertificateListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<CertificateListResponse> {
    return { items: await this.certificates.mine(ctx) };
  }

  @Post('certificates')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Issue a sealed certificate of mine: status attestation at a date, status history, SAP extract or copy of a signed patto (audited)' })
  @ApiCreatedResponse({ type: CertificateResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, CERTIFICATE_DATE_INVALID' })
  @ApiUnprocessableEntityResponse({ description: 'CERTIFICATE_PATTO_NOT_SIGNED' })
  issue(@Ctx() ctx: RequestContext, @Body() body: RequestCertificateBody): Promise<CertificateResponse> {
    return this.certificates.issueForSelf(ctx, body);
  }

  @Get('certificates/:certificateId/pdf')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'The sealed PDF as issued (audited)' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_FOUND' })
  async pdf(@Ctx() ctx: RequestContext, @Param() p: CertificateIdParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.certificates.pdf(ctx, 'citizen', p.certificateId);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }

  @Get('verifications')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Every verification of my certificates: when, how, outcome, an anonymous verifier tag (audited)' })
  @ApiOkResponse({ type: CertificateVerificationListResponse })
  async verifications(@Ctx() ctx: RequestContext): Promise<CertificateVerificationListResponse> {
    return { items: await this.certificates.verificationsOfMine(ctx) };
  }
}

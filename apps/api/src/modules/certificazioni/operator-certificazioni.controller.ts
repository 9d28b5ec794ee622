import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CertificateIdParam, CertificateListResponse, CertificateResponse, CitizenIdParam, OFFICE_ROLES, RequestCertificateBody, RevokeCertificateBody } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CertificatesService } from './certificates/certificates.service';

/** Certificates at the desk: issue on the person's behalf, list, download, revoke (people of the caller's offices only). */
@ApiTags('certificazioni')
@Controller('operator/certificazioni')
export class OperatorCertificazioniController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('citizens/:citizenId/certificates')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The person's certificates (audited)" })
  @ApiOkResponse({ type: CertificateListResponse })
  @ApiNotFoundResponse({ description: 'CITIZEN_NOT_FOUND (also outside your offices)' })
  async list(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<CertificateListResponse> {
    return { items: await this.certificates.ofCitizen(ctx, p.citizenId) };
  }

  @Post('citizens/:citizenId/certificates')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Issue a sealed certificate on the person's behalf, at the desk (audited)" })
  @ApiCreatedResponse({ type: CertificateResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, CERTIFICATE_DATE_INVALID' })
  @ApiNotFoundResponse({ description: 'CITIZEN_NOT_FOUND' })
  issue(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: RequestCertificateBody): Promise<CertificateResponse> {
    return this.certificates.issueAtDesk(ctx, p.citizenId, body);
  }

  @Get('certificates/:certificateId/pdf')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'The sealed PDF as issued, to print at the desk (audited)' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_FOUND (also outside your offices)' })
  async pdf(@Ctx() ctx: RequestContext, @Param() p: CertificateIdParam, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.certificates.pdf(ctx, 'operator', p.certificateId);
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(bytes);
  }

  @Post('certificates/:certificateId/revoke')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Revoke a certificate with a reason: the verification page says so from now on (audited)' })
  @ApiOkResponse({ type: CertificateResponse })
  @ApiNotFoundResponse({ description: 'CERTIFICATE_NOT_FOUND (also outside your offices)' })
  @ApiConflictResponse({ description: 'CERTIFICATE_ALREADY_REVOKED' })
  revoke(@Ctx() ctx: RequestContext, @Param() p: CertificateIdParam, @Body() body: RevokeCertificateBody): Promise<CertificateResponse> {
    return this.certificates.revoke(ctx, p.certificateId, body.reason);
  }
}

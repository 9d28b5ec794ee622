import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CredentialVerificationResultResponse, StatusListIdParam, VerifyCredentialBody } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { requestOriginOf } from '../../platform/auth/request-context';
import { StrictRateLimit } from '../../platform/rate-limit/rate-limit.decorator';
import { CredentialVerifierService } from './credentials/credential-verifier.service';
import { StatusListService } from './credentials/status-list.service';

/** Open Badges 3.0 credentials, public: verify one (rate limited, recorded), and the revocation status lists. */
@ApiTags('certificazioni')
@Controller('public/credentials')
export class PublicCredentialsController {
  constructor(
    private readonly verifier: CredentialVerifierService,
    private readonly statusLists: StatusListService,
  ) {}

  @Post('verify')
  @Public({ csrf: false })
  @StrictRateLimit('link')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify an Open Badges 3.0 credential (vc+jwt, or JSON holding it): valid / revoked / expired / tampered / untrusted_issuer / invalid, naming the failed check',
  })
  @ApiOkResponse({ type: CredentialVerificationResultResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (no credential, too long)' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED' })
  verify(@Body() body: VerifyCredentialBody, @Req() req: Request): Promise<CredentialVerificationResultResponse> {
    return this.verifier.verify(body.credential, requestOriginOf(req));
  }

  @Get('status/:listId')
  @Public()
  @ApiOperation({ summary: 'A Bitstring Status List credential of revocations (application/vc+jwt, signed by the issuer)' })
  @ApiProduces('application/vc+jwt')
  @ApiOkResponse({ description: 'the BitstringStatusListCredential as a vc+jwt', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'CREDENTIAL_STATUS_LIST_NOT_FOUND' })
  async statusList(@Param() p: StatusListIdParam, @Res() res: Response): Promise<void> {
    const jwt = await this.statusLists.credentialJwt(p.listId);
    res.type('application/vc+jwt').setHeader('Cache-Control', 'no-cache').setHeader('Access-Control-Allow-Origin', '*').setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.send(jwt);
  }
}

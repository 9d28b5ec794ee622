import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CredentialDownloadQuery, CredentialIdParam, CredentialListResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CredentialRoutesService } from './credentials/credential-routes.service';

/** "Le mie credenziali": my Open Badges 3.0 credentials, to download or add to a wallet. */
@ApiTags('certificazioni')
@Controller('citizen/certificazioni/credentials')
export class CitizenCredentialsController {
  constructor(private readonly credentials: CredentialRoutesService) {}

  @Get()
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My digital credentials (Open Badges 3.0), revoked ones included (audited)' })
  @ApiOkResponse({ type: CredentialListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<CredentialListResponse> {
    return { items: await this.credentials.mine(ctx) };
  }

  @Get(':credentialId/download')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'One credential as issued: the vc+jwt (format=jwt, default) or JSON with the credential and its jwt (format=json) (audited)' })
  @ApiOkResponse({
    description: 'the credential file',
    content: { 'application/vc+jwt': { schema: { type: 'string' } }, 'application/json': { schema: { type: 'object', required: ['credential', 'jwt'] } } },
  })
  @ApiNotFoundResponse({ description: 'CREDENTIAL_NOT_FOUND' })
  async download(@Ctx() ctx: RequestContext, @Param() p: CredentialIdParam, @Query() q: CredentialDownloadQuery, @Res() res: Response): Promise<void> {
    const file = await this.credentials.download(ctx, p.credentialId, q.format ?? 'jwt');
    res.type(file.type).setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.send(file.body);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenIdParam, CredentialIdParam, CredentialListResponse, CredentialResponse, OFFICE_ROLES, RevokeCredentialBody } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CredentialRoutesService } from './credentials/credential-routes.service';

/** Credentials at the desk: list a person's, revoke one with a reason (people of the caller's offices only). */
@ApiTags('certificazioni')
@Controller('operator/certificazioni')
export class OperatorCredentialsController {
  constructor(private readonly credentials: CredentialRoutesService) {}

  @Get('citizens/:citizenId/credentials')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The person's digital credentials (audited)" })
  @ApiOkResponse({ type: CredentialListResponse })
  @ApiNotFoundResponse({ description: 'CITIZEN_NOT_FOUND (also outside your offices)' })
  async list(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<CredentialListResponse> {
    return { items: await this.credentials.ofCitizen(ctx, p.citizenId) };
  }

  @Post('credentials/:credentialId/revoke')
  @HttpCode(200)
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Revoke a credential with a reason: its bit in the status list is set, verifiers see it revoked (audited)' })
  @ApiOkResponse({ type: CredentialResponse })
  @ApiNotFoundResponse({ description: 'CREDENTIAL_NOT_FOUND (also outside your offices)' })
  @ApiConflictResponse({ description: 'CREDENTIAL_ALREADY_REVOKED' })
  revoke(@Ctx() ctx: RequestContext, @Param() p: CredentialIdParam, @Body() body: RevokeCredentialBody): Promise<CredentialResponse> {
    return this.credentials.revoke(ctx, p.credentialId, body.reason);
  }
}

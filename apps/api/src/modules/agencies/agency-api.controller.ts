import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgencyCallerResponse, PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';
import { AgencyScopes, Public } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { ReadinessCheck } from '../../platform/status/readiness.check';
import { sendStatus } from '../../platform/status/status-response';
import { agencyOf } from './assignments/agency-caller';

/** The agency API's own status (ModI RAC_REST_NAME_011) and the caller's identity. */
@ApiTags('agency-api')
@Controller('agency/v1')
export class AgencyApiController {
  constructor(private readonly readiness: ReadinessCheck) {}

  @Get('status')
  @Public()
  @ApiOperation({ summary: 'Status of the agency API (application/problem+json, no credentials needed)' })
  @ApiOkResponse({ description: '{"status":200,"title":"OK"}', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  async status(@Res() res: Response): Promise<void> {
    sendStatus(res, await this.readiness.database(), { ok: 'The agency API is working', down: 'Temporarily unavailable' });
  }

  @Get('me')
  @AgencyScopes()
  @ApiOperation({ summary: 'The agency and client the access token speaks for, with its scopes' })
  @ApiOkResponse({ type: AgencyCallerResponse })
  me(@Ctx() ctx: RequestContext): AgencyCallerResponse {
    const a = agencyOf(ctx);
    return { ...a, tokenExpiresAt: ctx.principal.absoluteExpiresAt.toISOString() };
  }
}

import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AgencyCallerResponse, PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';
import { AgencyScopes, Public } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { ReadinessCheck } from '../../platform/status/readiness.check';
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
    const ok = (await this.readiness.database()) === 'up';
    res
      .status(ok ? 200 : 503)
      .type(PROBLEM_CONTENT_TYPE)
      .setHeader('Cache-Control', 'no-store');
    if (!ok) res.setHeader('Retry-After', '30');
    res.send(
      JSON.stringify({
        type: 'about:blank',
        title: ok ? 'OK' : 'Service Unavailable',
        status: ok ? 200 : 503,
        detail: ok ? 'The agency API is working' : 'Temporarily unavailable',
      }),
    );
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

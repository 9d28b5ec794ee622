import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';
import { Public } from '../auth/policy.decorator';
import { ReadinessCheck } from './readiness.check';

function answer(res: Response, ok: boolean, detail: string, checks?: object): void {
  res
    .status(ok ? 200 : 503)
    .type(PROBLEM_CONTENT_TYPE)
    .setHeader('Cache-Control', 'no-store');
  if (!ok) res.setHeader('Retry-After', '10');
  res.send(JSON.stringify({ type: 'about:blank', title: ok ? 'OK' : 'Service Unavailable', status: ok ? 200 : 503, detail, ...(checks ? { checks } : {}) }));
}

/**
 * Probes for an orchestrator. Liveness: the process answers (no dependency is checked, so a database outage does
 * not get every replica restarted). Readiness: the database and the job queue answer and the migrations are applied
 * (a replica that is not ready gets no traffic). Both answer problem+json (AgID ModI RAC_REST_NAME_011).
 */
@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessCheck) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process is up (no dependency checked)' })
  @ApiOkResponse({ description: '{"status":200,"title":"OK"}', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  live(@Res() res: Response): void {
    answer(res, true, 'The process is up');
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: database and job queue reachable, migrations applied' })
  @ApiOkResponse({ description: '{"status":200,"title":"OK","checks":{…}}', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down or a migration is pending', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  async ready(@Res() res: Response): Promise<void> {
    const r = await this.readiness.check();
    answer(res, r.ready, r.ready ? 'Ready to serve' : 'Not ready: see checks', r.checks);
  }
}

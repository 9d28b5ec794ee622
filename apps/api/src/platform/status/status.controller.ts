import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';
import { Public } from '../auth/policy.decorator';
import { ReadinessCheck } from './readiness.check';
import { sendStatus } from './status-response';

/** Liveness and database readiness, answered as problem+json (AgID ModI RAC_REST_NAME_011). */
@ApiTags('platform')
@Controller('status')
export class StatusController {
  constructor(private readonly readiness: ReadinessCheck) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Service status (application/problem+json)' })
  @ApiOkResponse({ description: '{"status":200,"title":"OK"}', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  async status(@Res() res: Response): Promise<void> {
    sendStatus(res, await this.readiness.database(), { ok: 'The service is working', down: 'The database is not reachable', checks: true });
  }
}

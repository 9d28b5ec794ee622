import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';
import { Public } from '../auth/policy.decorator';

/** Liveness and database readiness, answered as problem+json (AgID ModI RAC_REST_NAME_011). */
@ApiTags('platform')
@Controller('status')
export class StatusController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Service status (application/problem+json)' })
  @ApiOkResponse({ description: '{"status":200,"title":"OK"}', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable', content: { [PROBLEM_CONTENT_TYPE]: {} } })
  async status(@Res() res: Response): Promise<void> {
    let database = 'up';
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), 2000); }),
      ]);
    } catch {
      database = 'down';
    } finally {
      clearTimeout(timer);
    }
    const ok = database === 'up';
    res.status(ok ? 200 : 503).type(PROBLEM_CONTENT_TYPE).setHeader('Cache-Control', 'no-store');
    if (!ok) res.setHeader('Retry-After', '30');
    res.send(JSON.stringify({
      type: 'about:blank', title: ok ? 'OK' : 'Service Unavailable', status: ok ? 200 : 503,
      detail: ok ? 'The service is working' : 'The database is not reachable', checks: { database },
    }));
  }
}

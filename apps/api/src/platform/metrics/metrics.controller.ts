import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { ErrorCode } from '@opencpi/contracts';
import type { Response } from 'express';
import { Env } from '../../config/env';
import { Public } from '../auth/policy.decorator';
import { DomainError } from '../errors/domain-error';
import { MetricsService } from './metrics.service';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `GET /api/metrics` for Prometheus. Deny by default: without METRICS_TOKEN the route does not exist (404);
 * with it, the scraper must send `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise). Not in the OpenAPI
 * document: it is an operations endpoint, not part of the API offered to clients.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly env: Env,
  ) {}

  @Get()
  @Public()
  @ApiExcludeEndpoint()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.env.METRICS_TOKEN;
    if (!token) throw new DomainError(ErrorCode.ROUTE_NOT_FOUND, 'No route for GET /api/metrics');
    const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    // compared as hashes, so that neither the length nor the content leaks through timing
    if (!timingSafeEqual(digest(given), digest(token))) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Send the metrics token as Authorization: Bearer', undefined, { 'WWW-Authenticate': 'Bearer realm="metrics"' });
    }
    const body = await this.metrics.render();
    res.status(200).type(this.metrics.contentType).setHeader('Cache-Control', 'no-store');
    res.send(body);
  }
}

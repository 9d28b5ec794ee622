import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';

/** Prometheus metrics (`GET /api/metrics`); the service is global so that modules can count their own events. */
@Global()
@Module({ controllers: [MetricsController], providers: [MetricsService, MetricsRepository], exports: [MetricsService] })
export class MetricsModule {}

import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ReadinessCheck } from './readiness.check';
import { StatusController } from './status.controller';

@Module({ controllers: [StatusController, HealthController], providers: [ReadinessCheck] })
export class StatusModule {}

import { Module, type OnModuleInit } from '@nestjs/common';
import { Env } from '../../config/env';
import { EventConsumers } from '../../platform/events/event-consumers';
import { HttpNationalSystemsAdapter } from './adapters/http-national-systems.adapter';
import { DEFAULT_RETRY_POLICY } from './adapters/retry-policy';
import { NationalSystemsPort } from './national-systems.port';
import { NationalSystemsRepository } from './national-systems.repository';
import { NationalSystemsService } from './national-systems.service';
import { OperatorNationalSystemsController } from './operator-national-systems.controller';
import { SendMeasureConsumer } from './send-measure.consumer';

/**
 * INPS and SIISL behind NationalSystemsPort (HTTP at NATIONAL_SYSTEMS_URL; in development the simulator in
 * tools/national-systems-sim). Exports NationalSystemsService; sends decided measures as the relay delivers them.
 */
@Module({
  controllers: [OperatorNationalSystemsController],
  providers: [
    {
      provide: NationalSystemsPort,
      inject: [Env],
      useFactory: (env: Env) =>
        new HttpNationalSystemsAdapter(env.NATIONAL_SYSTEMS_URL!, {
          timeoutMs: env.NATIONAL_SYSTEMS_TIMEOUT_MS,
          retry: { ...DEFAULT_RETRY_POLICY, attempts: env.NATIONAL_SYSTEMS_ATTEMPTS },
          circuit: { failures: env.NATIONAL_SYSTEMS_CIRCUIT_FAILURES, cooldownMs: env.NATIONAL_SYSTEMS_CIRCUIT_COOLDOWN_MS },
        }),
    },
    NationalSystemsRepository,
    NationalSystemsService,
    SendMeasureConsumer,
  ],
  exports: [NationalSystemsService],
})
export class NationalSystemsModule implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly sendMeasure: SendMeasureConsumer,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this.sendMeasure);
  }
}

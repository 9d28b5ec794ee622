import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from './config/config.module';
import type { Env } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { AgendaModule } from './modules/agenda/agenda.module';
import { DossierModule } from './modules/dossier/dossier.module';
import { ConsentModule } from './modules/consent/consent.module';
import { CertificazioniModule } from './modules/certificazioni/certificazioni.module';
import { IvcModule } from './modules/ivc/ivc.module';
import { PortabilityModule } from './modules/portability/portability.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { AssistanceModule } from './modules/assistance/assistance.module';
import { MonitoringModule } from './modules/monitoring/monitoring.module';
import { PattoModule } from './modules/patto/patto.module';
import { MatchingModule } from './modules/matching/matching.module';
import { NationalSystemsModule } from './modules/national-systems/national-systems.module';
import { CondizionalitaModule } from './modules/condizionalita/condizionalita.module';
import { IntermediariesModule } from './modules/intermediaries/intermediaries.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { EventsModule } from './platform/events/events.module';
import { DevIdpModule } from './modules/identity/dev-idp/dev-idp.module';
import { IdentityModule } from './modules/identity/identity.module';
import { RegistryModule } from './modules/registry/registry.module';
import { AgenciesModule } from './modules/agencies/agencies.module';
import { AuditModule } from './platform/audit/audit.module';
import type { DestinationStream } from 'pino';
import { pinoHttpOptions } from './platform/http/logger-options';
import { MetricsModule } from './platform/metrics/metrics.module';
import { KeysModule } from './platform/keys/keys.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { StatusModule } from './platform/status/status.module';

@Module({})
export class AppModule {
  /** `logStream`: where logs go instead of standard output (tests read them). */
  static forRoot(env: Env, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot({ pinoHttp: logStream ? [pinoHttpOptions(env), logStream] : pinoHttpOptions(env) }),
        TypeOrmModule.forRoot(dataSourceOptions(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_MAX })),
        KeysModule,
        RateLimitModule,
        AuditModule,
        JobsModule,
        EventsModule,
        NotificationsModule.forRoot(env),
        StatusModule,
        MetricsModule,
        RegistryModule,
        IdentityModule,
        AgendaModule,
        DossierModule,
        ConsentModule,
        CertificazioniModule,
        IvcModule,
        PortabilityModule,
        CampaignsModule,
        SurveysModule,
        AssistanceModule,
        MonitoringModule,
        PattoModule,
        MatchingModule,
        NationalSystemsModule,
        CondizionalitaModule,
        IntermediariesModule,
        AgenciesModule,
        ...(env.DEV_IDP ? [DevIdpModule] : []),
      ],
    };
  }
}

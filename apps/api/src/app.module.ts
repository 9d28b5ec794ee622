import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from './config/config.module';
import type { Env } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { AgendaModule } from './modules/agenda/agenda.module';
import { DossierModule } from './modules/dossier/dossier.module';
import { PattoModule } from './modules/patto/patto.module';
import { MatchingModule } from './modules/matching/matching.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { DevIdpModule } from './modules/identity/dev-idp/dev-idp.module';
import { IdentityModule } from './modules/identity/identity.module';
import { RegistryModule } from './modules/registry/registry.module';
import { AuditModule } from './platform/audit/audit.module';
import { correlationIdOf } from './platform/http/correlation-id';
import { RateLimiter } from './platform/rate-limit/rate-limit.middleware';
import { StatusModule } from './platform/status/status.module';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            genReqId: (req) => correlationIdOf(req),
            customProps: (req) => ({ correlationId: correlationIdOf(req) }),
            redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
            autoLogging: { ignore: (req) => req.url === '/api/status' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_MAX })),
        AuditModule,
        JobsModule,
        NotificationsModule.forRoot(env),
        StatusModule,
        RegistryModule,
        IdentityModule,
        AgendaModule,
        DossierModule,
        PattoModule,
        MatchingModule,
        ...(env.DEV_IDP ? [DevIdpModule] : []),
      ],
      providers: [RateLimiter],
    };
  }
}

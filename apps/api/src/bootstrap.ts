import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { Env } from './config/env';
import { ProblemFilter } from './platform/errors/problem.filter';
import { createValidationPipe } from './platform/errors/validation';
import { correlationIdMiddleware } from './platform/http/correlation-id';
import { httpMetricsMiddleware } from './platform/metrics/metrics.middleware';
import { MetricsService } from './platform/metrics/metrics.service';
import type { DestinationStream } from 'pino';
import { jsonBodyParser } from './platform/http/json-body';
import { UNPREFIXED_ROUTES } from './platform/http/unprefixed-routes';
import { mountOpenApi } from './platform/openapi/openapi';
import { RateLimiter, rateLimitMiddleware } from './platform/rate-limit/rate-limit.middleware';

export const API_VERSION = '0.1.0';

/** Builds the whole HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(env: Env, opts: { logStream?: DestinationStream } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, opts.logStream), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.flushLogs(); // Nest flushes the boot buffer only in listen(): an app that is only init()ed (tests) would buffer every line forever
  if (env.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api', { exclude: UNPREFIXED_ROUTES }); // well-known URLs stay at the root (platform/http/unprefixed-routes.ts)
  app.use(correlationIdMiddleware);
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  const production = env.NODE_ENV === 'production';
  app.use(
    helmet({
      crossOriginResourcePolicy: { policy: 'same-site' },
      hsts: production,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: production ? [] : null } },
    }),
  );
  app.use(cookieParser());
  app.use(jsonBodyParser()); // size and depth limits before parsing (platform/http/json-body.ts)
  app.useBodyParser('urlencoded', { extended: false, limit: '512kb' });
  app.use(rateLimitMiddleware(app.get(RateLimiter)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  mountOpenApi(app, API_VERSION);
  return app;
}

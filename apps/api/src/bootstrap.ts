import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { Env } from './config/env';
import { ProblemFilter } from './platform/errors/problem.filter';
import { createValidationPipe } from './platform/errors/validation';
import { correlationIdOf } from './platform/http/correlation-id';
import { mountOpenApi } from './platform/openapi/openapi';
import { RateLimiter, rateLimitMiddleware } from './platform/rate-limit/rate-limit.middleware';

export const API_VERSION = '0.1.0';

/** Builds the whole HTTP application: used by main.ts and by the integration tests alike. */
export async function createApp(env: Env): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  if (env.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Correlation-Id', correlationIdOf(req));
    next();
  });
  const production = env.NODE_ENV === 'production';
  app.use(helmet({
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: production,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: production ? [] : null } },
  }));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '512kb' });
  app.use(rateLimitMiddleware(app.get(RateLimiter)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  mountOpenApi(app, API_VERSION);
  return app;
}

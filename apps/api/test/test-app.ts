import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { validateEnv, type Env } from '../src/config/env';
import { cloneTemplate } from './test-database';
import { recordResponses, reportUndocumented } from './openapi-recorder';

const dev = (f: string) => path.resolve(__dirname, '../config/dev', f);

export function testEnv(databaseUrl: string, overrides: Record<string, string> = {}): Env {
  return validateEnv({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0000',
    SP_PRIVATE_KEY_PATH: dev('sp-key.pem'),
    SP_CERT_PATH: dev('sp-cert.pem'),
    DEV_IDP: 'true',
    DEV_IDP_PRIVATE_KEY_PATH: dev('dev-idp-key.pem'),
    DEV_IDP_CERT_PATH: dev('dev-idp-cert.pem'),
    RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    NOTIFICATION_FAKES: 'true',
    JOBS_POLL_SECONDS: '0.5',
    JOBS_RETRY_DELAY_SECONDS: '1',
    NOTIFICATION_DISPATCH_MS: '200',
    NOTIFICATION_QUIET_HOURS: '', // tests run at any hour; quiet hours have their own unit test
    ...(process.env['NATIONAL_SYSTEMS_URL'] ? { NATIONAL_SYSTEMS_URL: process.env['NATIONAL_SYSTEMS_URL'] } : {}), // the simulator of the global setup
    ...overrides,
  });
}

export interface TestApp {
  app: NestExpressApplication;
  env: Env;
  db: DataSource;
  close: () => Promise<void>;
}

/** The whole API over its own clone of the seeded template database. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await cloneTemplate();
  const env = testEnv(database.url, overrides);
  const app = await createApp(env);
  const answers = recordResponses(app); // every answer of the file is checked against the OpenAPI document on close
  await app.init();
  return {
    app,
    env,
    db: app.get(DataSource),
    close: async () => {
      let undocumented: string[] = [];
      try {
        undocumented = answers.check();
      } finally {
        await app.close();
        await database.drop();
      }
      reportUndocumented(undocumented);
    },
  };
}

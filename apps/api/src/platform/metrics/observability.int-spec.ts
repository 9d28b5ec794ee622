import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@opencpi/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../bootstrap';
import type { Env } from '../../config/env';
import { eventually } from '../../../test/eventually';
import { loggedInAgent } from '../../../test/saml-login';
import { testEnv } from '../../../test/test-app';
import { cloneTemplate } from '../../../test/test-database';
import type { FakeChannelAdapter } from '../../modules/notifications/adapters/fake-channel.adapter';
import { EMAIL_PORT } from '../../modules/notifications/ports/notification-channel.port';
import { DomainError } from '../errors/domain-error';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const MARIO = 'RSSMRA85T10L219G';

interface Started {
  app: NestExpressApplication;
  env: Env;
  db: DataSource;
  logs: string[];
  drop: () => Promise<void>;
}

async function start(overrides: Record<string, string>, beforeInit?: (app: NestExpressApplication) => void): Promise<Started> {
  const database = await cloneTemplate();
  const env = testEnv(database.url, overrides);
  const logs: string[] = [];
  const app = await createApp(env, {
    logStream: {
      write: (line: string) => {
        logs.push(line);
      },
    },
  });
  beforeInit?.(app);
  await app.init();
  return { app, env, db: app.get(DataSource), logs, drop: database.drop };
}

/** Value of one sample of the exposition text, e.g. sample(text, 'x_total', { channel: 'email' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('observability: metrics, health probes, correlation id in logs', () => {
  let t: Started;
  const http = () => t.app.getHttpServer();
  const scrape = async () => {
    const res = await request(http()).get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    // a middleware that logs before the request logger is bound (as the rate limiter or the body parser would)
    t = await start({ METRICS_TOKEN: TOKEN, LOG_LEVEL: 'info' }, (app) =>
      app.use((req: { url: string }, _res: unknown, next: () => void) => {
        if (req.url.startsWith('/api/auth/spid/acs')) new Logger('EarlyMiddleware').log('before the request logger');
        next();
      }),
    );
  });
  afterAll(async () => {
    await t.app.close();
    await t.drop();
  });

  it('refuses /api/metrics without the bearer token, and has no such route when no token is configured', async () => {
    const none = await request(http()).get('/api/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body).toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
    const wrong = await request(http())
      .get('/api/metrics')
      .set('Authorization', `Bearer ${TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    const cookieOnly = await request(http()).get('/api/metrics').set('Cookie', `opencpi_sid=${TOKEN}`);
    expect(cookieOnly.status).toBe(401);

    const unconfigured = new MetricsController(t.app.get(MetricsService), { ...t.env, METRICS_TOKEN: undefined } as Env);
    await expect(unconfigured.scrape(`Bearer ${TOKEN}`, {} as never)).rejects.toMatchObject({ code: ErrorCode.ROUTE_NOT_FOUND });
    await expect(unconfigured.scrape(undefined, {} as never)).rejects.toBeInstanceOf(DomainError);
  });

  it('counts a request under its route template and status, never its concrete path', async () => {
    const citizenId = '5f0e8d52-6a4e-4d3c-9d1c-0123456789ab';
    const before =
      sample(await scrape(), 'opencpi_http_request_duration_seconds_count', { method: 'GET', route: '/api/operator/registry/citizens/:citizenId', status: '401' }) ?? 0;
    const res = await request(http()).get(`/api/operator/registry/citizens/${citizenId}`);
    expect(res.status).toBe(401);
    const text = await scrape();
    expect(sample(text, 'opencpi_http_request_duration_seconds_count', { method: 'GET', route: '/api/operator/registry/citizens/:citizenId', status: '401' })).toBe(before + 1);
    expect(sample(text, 'opencpi_http_request_duration_seconds_bucket', { route: '/api/operator/registry/citizens/:citizenId', status: '401', le: '+Inf' })).toBe(before + 1);
    expect(text).not.toContain(citizenId);
    // a path that matches no route is counted once, as `unmatched`, whatever it was
    await request(http()).get('/api/no/such/RSSMRA85T10L219G');
    const after = await scrape();
    expect(sample(after, 'opencpi_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(after).not.toContain('RSSMRA85T10L219G');
  });

  it('reports the database pool, the job queues, the outbox lag and notification deliveries by channel and outcome', async () => {
    const email = t.app.get<FakeChannelAdapter>(EMAIL_PORT);
    email.down = true;
    const mario = await loggedInAgent(http(), MARIO);
    const slots = await request(http()).get('/api/citizen/agenda/slots').query({ serviceType: 'prima-accoglienza', days: 14 }).set('Cookie', mario.cookie);
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId: slots.body.items[2].id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    await eventually(async () => (sample(await scrape(), 'opencpi_notification_deliveries_total', { channel: 'email', outcome: 'failed' }) ?? 0) >= 1);
    email.down = false;
    await eventually(async () => (sample(await scrape(), 'opencpi_notification_deliveries_total', { channel: 'email', outcome: 'sent' }) ?? 0) >= 1);

    // an event nobody has relayed for twenty minutes shows as outbox lag
    await t.db.query(`WITH e AS (INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload, occurred_at)
                                   VALUES ('metrics.test', 1, 'test', 'x', '{}', now() - interval '20 minutes') RETURNING id)
                      INSERT INTO events.deliveries (consumer, event_id, aggregate_type, aggregate_id, status, attempts) SELECT 'metrics.test', id, 'test', 'x', 'pending', 2 FROM e`);
    const text = await scrape();
    expect(sample(text, 'opencpi_outbox_lag_seconds', { outbox: 'events.deliveries' })).toBeGreaterThanOrEqual(1200);
    expect(sample(text, 'opencpi_event_deliveries', { consumer: 'metrics.test', state: 'failing' })).toBe(1);
    expect(sample(text, 'opencpi_outbox_lag_seconds', { outbox: 'notifications.messages' })).toBeDefined();
    expect(sample(text, 'opencpi_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'opencpi_db_pool_idle')).toBeDefined();
    expect(sample(text, 'opencpi_db_pool_waiting')).toBe(0);
    expect(text).toMatch(/^# TYPE opencpi_job_queue_jobs gauge$/m);
    expect(sample(text, 'opencpi_metrics_scrape_errors_total', { source: 'job_queue' })).toBeUndefined();
    expect(sample(text, 'opencpi_metrics_scrape_errors_total', { source: 'outbox' })).toBeUndefined();
  });

  it('writes the correlation id on every line logged while serving a request, service lines included', async () => {
    const id = 'log-correlation-0001';
    const res = await request(http())
      .post('/api/auth/spid/acs')
      .set('X-Correlation-Id', id)
      .type('form')
      .send({ SAMLResponse: Buffer.from('<foo/>').toString('base64') });
    expect(res.headers['x-correlation-id']).toBe(id);
    const mine = await eventually(async () => {
      const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['correlationId'] === id);
      return lines.some((l) => l['msg'] === 'request completed') ? lines : null;
    }, 5000);
    // the service's own warning (logged through Nest's Logger) carries it, as does the request line; no key twice
    expect(mine.map((l) => l['msg'])).toEqual(expect.arrayContaining(['before the request logger', 'SAML response refused', 'request completed']));
    for (const line of t.logs.filter((l) => l.includes(id))) expect(line.match(/"correlationId"/g)).toHaveLength(1);
  });

  it('answers liveness without checking dependencies, and readiness with the database, the job queue and the migrations', async () => {
    const live = await request(http()).get('/api/health/live');
    expect(live.status).toBe(200);
    const ready = await request(http()).get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({ status: 200, checks: { database: 'up', jobQueue: 'up', migrations: 'applied' } });
  });
});

describe('readiness fails while liveness holds', () => {
  it('reports a pending migration, then an unreachable database, as not ready', async () => {
    const t = await start({ JOBS_WORKERS: 'false' });
    try {
      const http = t.app.getHttpServer();
      // a migration this build knows but the database has not applied
      await t.db.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations)`);
      const pending = await request(http).get('/api/health/ready');
      expect(pending.status).toBe(503);
      expect(JSON.parse(pending.text)).toMatchObject({ status: 503, checks: { database: 'up', jobQueue: 'up', migrations: 'pending' } });

      // the database goes away under the running process
      await t.drop();
      const down = await request(http).get('/api/health/ready');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBeDefined();
      expect(JSON.parse(down.text)).toMatchObject({ status: 503, checks: { database: 'down', jobQueue: 'down' } });
      const live = await request(http).get('/api/health/live');
      expect(live.status).toBe(200);
    } finally {
      await t.app.close().catch(() => undefined);
      await t.drop();
    }
  });
});

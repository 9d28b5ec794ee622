import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';
import { todayRome } from '../../platform/time/rome-time';
import { registerAgencyClient } from './agencies.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const HOOK = { url: 'https://receiver.example.it/hooks/opencpi', eventTypes: ['person.assigned'] };

describe('agency API conventions (ModI): Idempotency-Key, ETag / If-Match, status, its own OpenAPI document', () => {
  let t: TestApp;
  const http = () => t.app.getHttpServer();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('requires an Idempotency-Key on POST; a retry gets the first answer and makes one record; the same key with another body is 422', async () => {
    const kit = await registerAgencyClient(t);
    const auth = `Bearer ${await kit.token(['webhooks:manage'])}`;
    const subscriptions = async () =>
      ((await t.db.query(`SELECT count(*)::int AS n FROM agencies.webhook_subscriptions WHERE agency_id = $1`, [kit.agencyId])) as { n: number }[])[0]!.n;

    const none = await request(http()).post('/api/agency/v1/webhooks/subscriptions').set('Authorization', auth).send(HOOK);
    expect([none.status, none.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    expect(await subscriptions()).toBe(0);

    const key = randomUUID();
    const first = await request(http()).post('/api/agency/v1/webhooks/subscriptions').set('Authorization', auth).set('Idempotency-Key', key).send(HOOK);
    expect(first.status).toBe(201);
    const again = await request(http())
      .post('/api/agency/v1/webhooks/subscriptions')
      .set('Authorization', auth)
      .set('Idempotency-Key', key)
      .send({ eventTypes: HOOK.eventTypes, url: HOOK.url });
    expect([again.status, again.headers['idempotent-replayed']]).toEqual([201, 'true']);
    expect(again.body).toEqual(first.body);
    expect(await subscriptions()).toBe(1);

    const other = await request(http())
      .post('/api/agency/v1/webhooks/subscriptions')
      .set('Authorization', auth)
      .set('Idempotency-Key', key)
      .send({ ...HOOK, url: 'https://other.example.it/hook' });
    expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await subscriptions()).toBe(1);

    // concurrent duplicates: the key's primary key lets one run; the others wait (409) or replay it
    const racing = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => request(http()).post('/api/agency/v1/webhooks/subscriptions').set('Authorization', auth).set('Idempotency-Key', racing).send(HOOK)),
    );
    expect(answers.every((a) => a.status === 201 || (a.status === 409 && a.body.code === 'IDEMPOTENCY_REQUEST_IN_PROGRESS'))).toBe(true);
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id)).size).toBe(1);
    expect(await subscriptions()).toBe(2);

    // keys are per client: another client's same key is its own request
    const kit2 = await registerAgencyClient(t, { agencyId: kit.agencyId });
    const theirs = await request(http())
      .post('/api/agency/v1/webhooks/subscriptions')
      .set('Authorization', `Bearer ${await kit2.token(['webhooks:manage'])}`)
      .set('Idempotency-Key', key)
      .send(HOOK);
    expect([theirs.status, theirs.headers['idempotent-replayed']]).toEqual([201, undefined]);
  });

  it('gives single resources an ETag and wants If-Match on updates: 428 without, 412 when stale', async () => {
    const kit = await registerAgencyClient(t);
    const luca = await directSession(t.app, LUCA, { app: 'operator' });
    const citizenId = await citizenIdOf(t, MARIO);
    const assigned = await request(http())
      .post('/api/operator/agencies/assignments')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ citizenId, agencyId: kit.agencyId, pathway: 'gol' });
    expect(assigned.status).toBe(201);
    const auth = `Bearer ${await kit.token()}`;
    const read = await request(http()).get(`/api/agency/v1/assignments/${assigned.body.id}`).set('Authorization', auth);
    expect(read.status).toBe(200);
    const etag = read.headers['etag'] as string;
    expect(etag).toMatch(/^"[^"]+"$/);

    const take = (ifMatch?: string) => {
      const r = request(http()).post(`/api/agency/v1/assignments/${assigned.body.id}/take-in-charge`).set('Authorization', auth).set('Idempotency-Key', randomUUID());
      return (ifMatch ? r.set('If-Match', ifMatch) : r).send({ takenInChargeOn: todayRome() });
    };
    expect((await take()).status).toBe(428);
    expect((await take('"stale"')).status).toBe(412);
    const done = await take(etag);
    expect(done.status).toBe(200);
    expect(done.headers['etag']).toBeDefined();
    expect(done.headers['etag']).not.toBe(etag);
    expect((await take(etag)).status).toBe(412);
  });

  it('answers /status without credentials as problem+json, and serves its own OpenAPI document', async () => {
    const status = await request(http()).get('/api/agency/v1/status');
    expect([status.status, status.headers['content-type']]).toEqual([200, expect.stringContaining('application/problem+json')]);
    expect(JSON.parse(status.text)).toMatchObject({ status: 200, title: 'OK' });

    const doc = (await request(http()).get('/api/agency/v1/openapi.json').expect(200)).body as {
      info: { version: string };
      paths: Record<string, Record<string, { security?: unknown; parameters?: { name: string; in: string; required?: boolean }[] }>>;
      components: { securitySchemes: Record<string, { type: string; flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } } }> };
    };
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter((p) => !p.startsWith('/api/agency/v1/'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('/api/agency/v1/patti'))).toEqual([]); // agency staff's browser routes (session) are not part of it
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['agencyOAuth']);
    const flow = doc.components.securitySchemes['agencyOAuth']!.flows.clientCredentials;
    expect(flow.tokenUrl).toMatch(/\/api\/agency\/v1\/oauth\/token$/);
    expect(Object.keys(flow.scopes)).toEqual(expect.arrayContaining(['people:read', 'services:write', 'webhooks:manage']));
    expect(doc.paths['/api/agency/v1/assignments']?.['get']?.security).toEqual([{ agencyOAuth: ['people:read'] }]);
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item['post'] || path.endsWith('/oauth/token')) continue;
      expect([path, item['post'].parameters?.some((p) => p.name === 'Idempotency-Key' && p.in === 'header' && p.required)]).toEqual([path, true]);
    }
  });
});

describe('agency API rate limits: headers on every answer, 429 with Retry-After per client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AGENCY_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it("counts each client's requests on its own budget", async () => {
    if (Date.now() % 60_000 > 50_000) await new Promise((r) => setTimeout(r, 60_000 - (Date.now() % 60_000) + 50)); // one window
    const kit = await registerAgencyClient(t);
    const other = await registerAgencyClient(t);
    const me = async (token: string) => request(t.app.getHttpServer()).get('/api/agency/v1/me').set('Authorization', `Bearer ${token}`);
    const token = await kit.token();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await me(token));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers['x-ratelimit-remaining'])).toEqual(['2', '1', '0', '0']);
    expect(answers[0]!.headers['x-ratelimit-limit']).toBe('3');
    expect(Number(answers[0]!.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect([answers[3]!.body.code, Number(answers[3]!.headers['retry-after']) > 0]).toEqual(['RATE_LIMITED', true]);
    expect((await me(await other.token())).status).toBe(200);
  });
});

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { eventually } from '../../../test/eventually';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';
import { EventRelay } from '../../platform/events/event-relay';
import { groupSlots } from '../agenda/booking.test-kit';
import { registerAgencyClient, type AgencyClientKit } from './agencies.test-kit';

const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const MARIO = 'RSSMRA85T10L219G';
const PAOLO = 'CLMPLA70E20C627O'; // manager, CPI Torino
const V1 = '/api/agency/v1';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The agency's receiver: answers 500 twice, then 200. */
function receiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = received.length <= 2 ? 500 : 200;
      res.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received })));
}

describe('agency webhooks: Standard Webhooks deliveries through the queue, retried, logged, replayable', () => {
  let t: TestApp;
  let agency: AgencyClientKit;
  let token: string;
  let luca: DirectSession;
  let hook: Awaited<ReturnType<typeof receiver>>;
  const http = () => t.app.getHttpServer();
  const post = (path: string, body: object) => request(http()).post(`${V1}${path}`).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', randomUUID()).send(body);
  const get = (path: string) => request(http()).get(`${V1}${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp({ EVENTS_POLL_MS: '60000', JOBS_RETRY_DELAY_SECONDS: '1' });
    agency = await registerAgencyClient(t);
    token = await agency.token(['webhooks:manage', 'people:read']);
    luca = await directSession(t.app, LUCA);
    hook = await receiver();
  });
  afterAll(async () => {
    hook?.server.close();
    await t?.close();
  });

  it('refuses a receiver that is not http(s), and shows the secret once', async () => {
    expect((await post('/webhooks/subscriptions', { url: 'ftp://example.org/x', eventTypes: ['person.assigned'] })).status).toBe(400);
    expect((await post('/webhooks/subscriptions', { url: 'http://user:pw@example.org/x', eventTypes: ['person.assigned'] })).body).toMatchObject({ code: 'WEBHOOK_URL_INVALID' });
    expect((await post('/webhooks/subscriptions', { url: 'https://example.org/x', eventTypes: ['nothing.happened'] })).status).toBe(400);
    const token2 = await agency.token(['people:read']);
    expect((await request(http()).get(`${V1}/webhooks/subscriptions`).set('Authorization', `Bearer ${token2}`)).status).toBe(403);
  });

  it('one event, three attempts (500, 500, 200), each signed and logged; replay sends the same message again', async () => {
    const sub = await post('/webhooks/subscriptions', { url: hook.url, eventTypes: ['person.assigned', 'assignment.ended'] });
    expect(sub.status).toBe(201);
    const secret = (sub.body as { secret: string }).secret;
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await get('/webhooks/subscriptions')).body)).not.toContain(secret);

    const marioId = await citizenIdOf(t, MARIO);
    const assigned = await request(http())
      .post('/api/operator/agencies/assignments')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ citizenId: marioId, agencyId: agency.agencyId, pathway: 'gol' });
    expect(assigned.status).toBe(201);
    await t.app.get(EventRelay).drain();
    await t.app.get(EventRelay).drain(); // a redelivery of the event makes no second delivery

    await eventually(async () => hook.received.length >= 3, 30_000);
    const wh = new Webhook(secret);
    const ids = new Set<string>();
    for (const r of hook.received) {
      const payload = wh.verify(r.body, r.headers as Record<string, string>) as { type: string; data: { assignmentId: string } };
      expect(payload).toMatchObject({ type: 'person.assigned', data: { assignmentId: (assigned.body as { id: string }).id } });
      expect(r.body).not.toContain(MARIO);
      ids.add(r.headers['webhook-id'] as string);
    }
    expect(ids.size).toBe(1);

    const deliveries = await eventually(async () => {
      const res = await get('/webhooks/deliveries');
      const items = (res.body as { items: { status: string }[] }).items;
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      eventType: 'person.assigned',
      attempts: 3,
      attemptLog: [
        { attempt: 1, responseStatus: 500, result: 'failed' },
        { attempt: 2, responseStatus: 500, result: 'failed' },
        { attempt: 3, responseStatus: 200, result: 'succeeded' },
      ],
    });
    expect(hook.received).toHaveLength(3);

    const deliveryId = (deliveries[0] as unknown as { id: string }).id;
    const replay = await post(`/webhooks/deliveries/${deliveryId}/replay`, {});
    expect(replay.status).toBe(201);
    expect(replay.body).toMatchObject({ replayOf: deliveryId, messageId: (deliveries[0] as unknown as { messageId: string }).messageId });
    await eventually(async () => hook.received.length >= 4);
    expect(wh.verify(hook.received[3]!.body, hook.received[3]!.headers as Record<string, string>)).toMatchObject({ type: 'person.assigned' });
    expect(hook.received[3]!.headers['webhook-id']).toBe([...ids][0]);
    expect((await post(`/webhooks/deliveries/${randomUUID()}/replay`, {})).status).toBe(404);

    // outside development and tests, a receiver inside the platform's network is refused (no request made, no retry)
    t.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = false;
    try {
      const blocked = (await post(`/webhooks/deliveries/${deliveryId}/replay`, {})).body as { id: string };
      const failed = await eventually(async () => {
        const d = (await get(`/webhooks/deliveries/${blocked.id}`)).body as { status: string; attemptLog: { error?: string }[] };
        return d.status === 'failed' ? d : null;
      });
      expect(failed.attemptLog).toEqual([expect.objectContaining({ attempt: 1, result: 'failed', error: expect.stringContaining('internal address') })]);
      expect(hook.received).toHaveLength(4);
    } finally {
      t.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = undefined;
    }

    // the region's read-only view: managers see the log (never the secret); an operator does not
    const paolo = await directSession(t.app, PAOLO);
    const overview = await request(http()).get(`/api/operator/accreditation/agencies/${agency.agencyId}/webhooks`).set('Cookie', paolo.cookie);
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      subscriptions: [{ url: hook.url, active: true }],
      deliveries: expect.arrayContaining([expect.objectContaining({ id: deliveryId, attempts: 3 })]),
    });
    expect(JSON.stringify(overview.body)).not.toContain(secret);
    expect((await request(http()).get(`/api/operator/accreditation/agencies/${agency.agencyId}/webhooks`).set('Cookie', luca.cookie)).status).toBe(403);
  });

  it('tells the agency when a person it has in charge books an appointment (appointment.booked, written by the booking statement itself)', async () => {
    const got: Received[] = [];
    const ok = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.end();
      });
    });
    await new Promise<void>((resolve) => ok.listen(0, '127.0.0.1', () => resolve()));
    try {
      const sub = await post('/webhooks/subscriptions', { url: `http://127.0.0.1:${(ok.address() as AddressInfo).port}/booked`, eventTypes: ['appointment.booked'] });
      expect(sub.status).toBe(201);
      const slotId = await groupSlots(() => t, 40)(1);
      const mario = await directSession(t.app, MARIO); // assigned to the agency by the test above
      const booked = await request(http())
        .post('/api/citizen/agenda/appointments')
        .set('Cookie', mario.cookie)
        .set('X-CSRF-Token', mario.csrf)
        .send({ slotId, channel: 'in_person' });
      expect(booked.status).toBe(201);
      await t.app.get(EventRelay).drain();
      await eventually(async () => got.length >= 1, 30_000);
      const payload = new Webhook((sub.body as { secret: string }).secret).verify(got[0]!.body, got[0]!.headers as Record<string, string>) as {
        type: string;
        data: Record<string, unknown>;
      };
      expect(payload).toMatchObject({ type: 'appointment.booked', data: { appointmentId: (booked.body as { id: string }).id, channel: 'in_person' } });
      expect(got[0]!.body).not.toContain(MARIO);
    } finally {
      ok.close();
    }
  });
});

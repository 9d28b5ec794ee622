import { createHmac } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { eventually } from '../../../test/eventually';
import { loggedInAgent } from '../../../test/saml-login';
import type { FakeChannelAdapter } from './adapters/fake-channel.adapter';
import { NotificationsService } from './notifications.service';
import { EMAIL_PORT, SMS_PORT } from './ports/notification-channel.port';

const MARIO = 'RSSMRA85T10L219G';
const SECRET = 'receipts-secret-for-tests-0123456789abcdef';
const sign = (s: string) => createHmac('sha256', SECRET).update(s).digest('hex');

/** background retries through pg-boss: on the loaded 2-core CI machine (two jest workers) they took over 30 s */
const PROVIDERS_BACK_WITHIN_MS = 90_000;

describe('notifications: no message lost while the providers are down, each sent exactly once when they are back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RECEIPTS_SECRET: SECRET });
  });
  afterAll(() => t.close());

  it(
    'keeps retrying through the queue, then sends once, with every attempt logged',
    async () => {
      const email = t.app.get<FakeChannelAdapter>(EMAIL_PORT);
      const sms = t.app.get<FakeChannelAdapter>(SMS_PORT);
      email.down = true;
      sms.down = true;

      const mario = await loggedInAgent(t.app.getHttpServer(), MARIO);
      const slots = await request(t.app.getHttpServer()).get('/api/citizen/agenda/slots').query({ serviceType: 'prima-accoglienza', days: 14 }).set('Cookie', mario.cookie);
      const booked = await request(t.app.getHttpServer())
        .post('/api/citizen/agenda/appointments')
        .set('Cookie', mario.cookie)
        .set('X-CSRF-Token', mario.csrf)
        .send({ slotId: slots.body.items[3].id, channel: 'in_person' });
      expect(booked.status).toBe(201);
      const key = `appointment:${booked.body.id}:confirmed`;

      // the providers stay down: the confirmation is retried (several failed attempts) and stays pending
      const failing = await eventually(async () => {
        const rows: { id: string; channel: string; status: string; attempts: number }[] = await t.db.query(
          `SELECT id, channel, status, attempts FROM notifications.messages WHERE dedupe_key LIKE $1 ORDER BY channel`,
          [`${key}:%`],
        );
        return rows.length === 2 && rows.every((r) => r.attempts >= 2) ? rows : null;
      }, PROVIDERS_BACK_WITHIN_MS);
      expect(failing.map((r) => [r.channel, r.status])).toEqual([
        ['email', 'pending'],
        ['sms', 'pending'],
      ]);
      expect(email.sent.filter((m) => m.id === failing[0]?.id)).toHaveLength(0);

      // back up: sent once per channel, even if two sweeps and a direct delivery race the retries
      email.down = false;
      sms.down = false;
      const notifications = t.app.get(NotificationsService);
      await Promise.all([notifications.sweep(), notifications.sweep(), notifications.deliver(failing[0]?.id as string)]);
      await eventually(async () => {
        const rows: { status: string }[] = await t.db.query(`SELECT status FROM notifications.messages WHERE dedupe_key LIKE $1`, [`${key}:%`]);
        return rows.every((r) => r.status === 'sent');
      }, PROVIDERS_BACK_WITHIN_MS);
      await new Promise((r) => setTimeout(r, 2500)); // let any straggling retry run: it must find nothing to send
      for (const [port, row] of [
        [email, failing[0]],
        [sms, failing[1]],
      ] as const) {
        expect(port.sent.filter((m) => m.id === row?.id)).toHaveLength(1);
        const attempts: { outcome: string }[] = await t.db.query(`SELECT outcome FROM notifications.delivery_attempts WHERE message_id = $1 ORDER BY attempt`, [row?.id]);
        expect(attempts.length).toBeGreaterThanOrEqual(3);
        expect(attempts.filter((a) => a.outcome === 'sent')).toHaveLength(1);
        expect(attempts.at(-1)?.outcome).toBe('sent');
      }
      // a second booking request for the same message key writes nothing new
      await t.db.transaction((m) =>
        notifications.enqueue(m, { key, recipient: { fiscalCode: MARIO, email: 'x@example.it', mobilePhone: null }, template: 'appointment.confirmed', vars: {} }),
      );
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications.messages WHERE dedupe_key LIKE $1`, [`${key}:%`]);
      expect(n).toBe(2);
    },
    4 * PROVIDERS_BACK_WITHIN_MS,
  );

  it(
    'keeps messages in the outbox until due; the dispatcher queues each one once, however many run at the same time',
    async () => {
      const notifications = t.app.get(NotificationsService);
      const recipient = { fiscalCode: MARIO, email: 'mario@example.it', mobilePhone: null };
      const run = `dispatch-${Date.now()}`;
      const later = new Date(Date.now() + 3_600_000);
      const ids = await t.db.transaction((m) =>
        notifications.enqueueMany(m, [
          ...Array.from({ length: 40 }, (_, i) => ({
            key: `${run}:now:${i}`,
            recipient,
            template: 'appointment.confirmed' as const,
            vars: {},
            immediate: true,
            channels: ['email'],
          })),
          { key: `${run}:later`, recipient, template: 'appointment.reminder' as const, vars: {}, notBefore: later, channels: ['email'] },
        ]),
      );
      expect(ids).toHaveLength(41);
      // three relays at once (plus the one running on its timer): SKIP LOCKED shares the rows, none is queued twice
      await Promise.all([notifications.dispatch(7), notifications.dispatch(7), notifications.dispatch(7)]);
      const jobs: { key: string; jobs: number; queued: boolean }[] = await t.db.query(
        `SELECT m.dedupe_key AS key, m.queued_at IS NOT NULL AS queued,
              (SELECT count(*)::int FROM (SELECT data FROM pgboss.job WHERE name = 'notifications.send' UNION ALL SELECT data FROM pgboss.archive WHERE name = 'notifications.send') j
                WHERE j.data->>'messageId' = m.id::text) AS jobs
         FROM notifications.messages m WHERE m.dedupe_key LIKE $1 ORDER BY m.dedupe_key`,
        [`${run}:%`],
      );
      const now = jobs.filter((j) => j.key.includes(':now:'));
      expect(now).toHaveLength(40);
      expect(now.every((j) => j.queued && j.jobs === 1)).toBe(true);
      const pending = jobs.find((j) => j.key.includes(':later'));
      expect(pending).toEqual({ key: `${run}:later:email`, queued: false, jobs: 0 }); // not due: still only in the outbox
      const email = t.app.get<FakeChannelAdapter>(EMAIL_PORT);
      await eventually(async () => ids.slice(0, 40).every((id) => email.sent.some((x) => x.id === id)) || null, PROVIDERS_BACK_WITHIN_MS);
      await new Promise((r) => setTimeout(r, 1000));
      expect(email.sent.filter((x) => ids.slice(0, 40).includes(x.id))).toHaveLength(40); // each sent once
    },
    2 * PROVIDERS_BACK_WITHIN_MS,
  );

  it("records a provider's signed delivery receipt with the message, and refuses unsigned or unknown ones", async () => {
    const [msg] = await t.db.query(`SELECT id, provider_message_id AS "providerId" FROM notifications.messages WHERE status = 'sent' AND channel = 'sms' LIMIT 1`);
    expect(msg.providerId).toMatch(/^fake-/);
    const body = { providerMessageId: msg.providerId, status: 'delivered', occurredAt: '2026-11-23T10:00:00.000Z' };
    const canonical = `sms\n${body.providerMessageId}\n${body.status}\n${body.occurredAt}`;
    const http = t.app.getHttpServer();

    const unsigned = await request(http).post('/api/notifications/receipts/sms').send(body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.code).toBe('RECEIPT_SIGNATURE_INVALID');
    const tampered = await request(http)
      .post('/api/notifications/receipts/sms')
      .set('X-OpenCPI-Signature', sign(canonical))
      .send({ ...body, status: 'read' });
    expect(tampered.status).toBe(401);
    const unknown = await request(http)
      .post('/api/notifications/receipts/sms')
      .set('X-OpenCPI-Signature', sign(`sms\nfake-nope\ndelivered\n${body.occurredAt}`))
      .send({ ...body, providerMessageId: 'fake-nope' });
    expect(unknown.status).toBe(404);
    const invalid = await request(http).post('/api/notifications/receipts/fax').send(body);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].pointer).toBe('/channel');

    for (let i = 0; i < 2; i++) {
      // a provider retrying its callback records it once
      const ok = await request(http).post('/api/notifications/receipts/sms').set('X-OpenCPI-Signature', sign(canonical)).send(body);
      expect(ok.status).toBe(204);
    }
    const receipts = await t.db.query(`SELECT status, occurred_at FROM notifications.delivery_receipts WHERE message_id = $1`, [msg.id]);
    expect(receipts).toEqual([{ status: 'delivered', occurred_at: new Date(body.occurredAt) }]);
    await expect(t.db.query(`UPDATE notifications.delivery_receipts SET status = 'failed'`)).rejects.toThrow(/keeps proof/);
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession, type DirectSession } from '../../../test/direct-session';
import type { DeliveredEvent } from '../../platform/events/event-consumers';
import { EventRelay } from '../../platform/events/event-relay';
import { LUCA, MARIO, caseBySource, officeOf } from './condizionalita.test-kit';
import { ConvocationEvidenceConsumer } from './consumers/convocation-evidence.consumer';
import { startAppointment } from '../agenda/booking.test-kit';

interface TimelineEntry {
  at: string;
  kind: string;
  params: Record<string, string>;
}

describe('condizionalità: the proof of a convocation on the case of a missed convocation', () => {
  let t: TestApp;
  let relay: EventRelay;
  let luca: DirectSession;
  let mario: DirectSession;
  const http = () => t.app.getHttpServer();
  const evidence = (id: string) =>
    t.db.query(
      `SELECT appointment_id AS "appointmentId", channel, text_sha256 AS "textSha256", issued_by AS "issuedBy", issued_at AS "issuedAt", acknowledged_at AS "acknowledgedAt", ack_user_agent AS "ackUserAgent"
       FROM condizionalita.convocation_evidence WHERE convocation_id = $1`,
      [id],
    ) as Promise<Record<string, unknown>[]>;
  const outboxEvents = (aggregateId: string) =>
    t.db.query(
      `SELECT id::text AS id, type, version, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload, occurred_at AS "occurredAt"
       FROM events.outbox WHERE aggregate_id = $1 ORDER BY id`,
      [aggregateId],
    ) as Promise<DeliveredEvent[]>;

  beforeAll(async () => {
    t = await startTestApp({ EVENTS_POLL_MS: '60000', EVENTS_RETRY_BASE_MS: '10' });
    relay = t.app.get(EventRelay);
    luca = await directSession(t.app, LUCA, { app: 'operator' });
    mario = await directSession(t.app, MARIO);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps who was convoked, how and when, and the acknowledgement, and shows them on the case page of both sides', async () => {
    const officeId = await officeOf(t.db, MARIO);
    const slots = await request(http())
      .get('/api/operator/agenda/slots')
      .query({ serviceType: 'prima-accoglienza', officeId, channel: 'in_person', days: 14 })
      .set('Cookie', luca.cookie);
    expect(slots.status).toBe(200);
    const conv = await request(http())
      .post('/api/operator/agenda/convocations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ fiscalCode: MARIO, slotId: slots.body.items[0].id, channel: 'in_person', legalBasis: 'art. 20 D.Lgs. 150/2015: stipula del patto di servizio' });
    expect(conv.status).toBe(201);
    const ack = await request(http())
      .post(`/api/citizen/agenda/convocations/${conv.body.id}/acknowledge`)
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .set('User-Agent', 'evidence-test/1.0')
      .send({});
    expect(ack.status).toBe(200);
    await startAppointment(t, conv.body.appointmentId); // attendance only once it has started
    const att = await request(http())
      .post(`/api/operator/agenda/appointments/${conv.body.appointmentId}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'absent' });
    expect(att.status).toBe(200);
    await relay.drain();

    const [row] = await evidence(conv.body.id);
    expect(row).toMatchObject({
      appointmentId: conv.body.appointmentId,
      channel: 'in_person',
      textSha256: conv.body.textSha256,
      issuedBy: LUCA,
      ackUserAgent: 'evidence-test/1.0',
    });
    expect((row!['acknowledgedAt'] as Date).toISOString()).toBe(ack.body.acknowledgedAt);

    const c = await caseBySource(t.db, conv.body.appointmentId);
    expect(c).toMatchObject({ state: 'open', benefit: 'NASPI' });
    const page = await request(http()).get(`/api/operator/condizionalita/cases/${c!.id}`).set('Cookie', luca.cookie);
    expect(page.status).toBe(200);
    const proof = (page.body.timeline as TimelineEntry[]).filter((e) => e.kind.startsWith('convocation.'));
    expect(proof).toEqual([
      { at: (row!['issuedAt'] as Date).toISOString(), kind: 'convocation.issued', params: { channel: 'in_person', date: conv.body.startsAt } },
      { at: ack.body.acknowledgedAt, kind: 'convocation.acknowledged', params: { date: ack.body.acknowledgedAt } },
    ]);
    const own = await request(http()).get(`/api/citizen/condizionalita/cases/${c!.id}`).set('Cookie', mario.cookie);
    expect((own.body.timeline as TimelineEntry[]).filter((e) => e.kind.startsWith('convocation.')).map((e) => e.kind)).toEqual(['convocation.issued', 'convocation.acknowledged']);

    // the same events delivered again (as a relay that lost its own record would): still one row, unchanged
    const consumer = t.app.get(ConvocationEvidenceConsumer);
    for (const e of await outboxEvents(conv.body.id)) await t.db.transaction((m) => consumer.handle(e, m));
    expect(await evidence(conv.body.id)).toEqual([row]);
    expect(await relay.drain()).toBe(0);

    // the proof cannot be rewritten or deleted, not even by the application's own database user
    await expect(t.db.query(`UPDATE condizionalita.convocation_evidence SET channel = 'phone' WHERE convocation_id = $1`, [conv.body.id])).rejects.toThrow(/keeps proof/);
    await expect(t.db.query(`DELETE FROM condizionalita.convocation_evidence WHERE convocation_id = $1`, [conv.body.id])).rejects.toThrow(/delete refused/);
  });

  it('keeps an acknowledgement that arrives before its convocation', async () => {
    const [issued, acked] = await outboxEvents((await t.db.query(`SELECT convocation_id AS id FROM condizionalita.convocation_evidence LIMIT 1`))[0].id);
    const convocationId = '00000000-0000-4000-8000-00000000c0a1';
    const appointmentId = '00000000-0000-4000-8000-00000000c0a2';
    const consumer = t.app.get(ConvocationEvidenceConsumer);
    const ackAt = new Date('2026-03-29T00:30:00Z'); // the night the clocks go forward in Rome
    await t.db.transaction((m) =>
      consumer.handle({ ...acked!, aggregateId: convocationId, payload: { ...acked!.payload, convocationId }, occurredAt: ackAt } as DeliveredEvent, m),
    );
    expect(await evidence(convocationId)).toEqual([expect.objectContaining({ appointmentId: null, issuedAt: null, acknowledgedAt: ackAt })]);
    const issuedAt = new Date('2026-03-28T09:00:00Z');
    await t.db.transaction((m) =>
      consumer.handle({ ...issued!, aggregateId: convocationId, payload: { ...issued!.payload, convocationId, appointmentId }, occurredAt: issuedAt } as DeliveredEvent, m),
    );
    expect(await evidence(convocationId)).toEqual([expect.objectContaining({ appointmentId, channel: 'in_person', issuedAt, acknowledgedAt: ackAt })]);
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { eventually } from '../../../test/eventually';
import { loggedInAgent } from '../../../test/saml-login';
import { deleteDeliveryAttempts, queuedMessage, queuedMessages } from '../notifications/notifications.test-kit';
import { staffOf } from '../registry/registry.test-kit';
import { InvitationsService } from './invitations/invitations.service';
import { startAppointment } from './booking.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M';
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri

describe('agenda: invitations by link, convocations with proof', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const officeOf = async (fiscalCode: string): Promise<string> => (await staffOf(t, fiscalCode)).officeId;
  /** The link in the e-mail the person received (the test reads the outbox, as the mailbox would). */
  const linkIn = async (key: string): Promise<string> => {
    const msg = await queuedMessage(t, `${key}:email`);
    const m = /\/invito\/([a-z0-9]{1,8}\.[A-Za-z0-9_-]{43})/.exec(msg?.body ?? '');
    if (!m) throw new Error(`no link in ${msg?.body}`);
    return m[1] as string;
  };

  it('invites a list, refuses unknown codes naming the line, and the link books once without login', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const officeId = await officeOf(LUCA);

    const bad = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'orientamento', fiscalCodes: [MARIO, 'RSSMRA85T10L219X'], withinDays: 7 });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors[0].pointer).toBe('/fiscalCodes/1');
    const unknown = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'prima-accoglienza', fiscalCodes: [MARIO, 'ZZZZZZ80A01L219H'], withinDays: 7 });
    expect([400, 422]).toContain(unknown.status);
    expect(await t.db.query(`SELECT id FROM agenda.invitations`)).toEqual([]); // nothing half-written

    const created = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'prima-accoglienza', fiscalCodes: [MARIO, GIULIA], withinDays: 7 });
    expect(created.status).toBe(201);
    expect(created.body.items).toHaveLength(2);
    const inv = created.body.items.find((i: { citizenFiscalCode: string }) => i.citizenFiscalCode === MARIO);
    expect(inv).toMatchObject({ status: 'sent', serviceType: 'prima-accoglienza', officeId });

    const token = await linkIn(`invitation:${inv.id}:sent`);
    const [stored] = await t.db.query(`SELECT token_hash FROM agenda.invitations WHERE id = $1`, [inv.id]);
    expect(stored.token_hash).not.toContain(token); // only the hash is kept

    const view = await request(http()).get(`/api/public/invitations/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ givenName: 'Mario', serviceType: 'prima-accoglienza', status: 'sent' });
    expect(view.body).not.toHaveProperty('fiscalCode');
    expect(view.body.slots.length).toBeGreaterThan(0);
    expect(view.body.slots.every((s: { officeId: string; startsAt: string }) => s.officeId === officeId && new Date(s.startsAt) < new Date(inv.expiresAt))).toBe(true);

    // a slot of another office is not offered by this invitation
    const [foreignSlot] = await t.db.query(`SELECT id FROM agenda.slots WHERE office_id <> $1 AND booked < capacity AND starts_at > now() + interval '1 day' LIMIT 1`, [officeId]);
    const foreign = await request(http()).post(`/api/public/invitations/${token}/appointment`).send({ slotId: foreignSlot.id, channel: 'in_person' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].pointer).toBe('/slotId');

    const slot = view.body.slots[0];
    const booked = await request(http()).post(`/api/public/invitations/${token}/appointment`).send({ slotId: slot.id, channel: 'in_person' });
    expect(booked.status).toBe(200);
    expect(booked.body.status).toBe('booked');
    expect(booked.body.appointment).toMatchObject({ status: 'booked', channel: 'in_person', startsAt: slot.startsAt });
    const again = await request(http()).post(`/api/public/invitations/${token}/appointment`).send({ slotId: view.body.slots[1].id, channel: 'in_person' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVITATION_USED');
    const [row] = await t.db.query(`SELECT status, appointment_id FROM agenda.invitations WHERE id = $1`, [inv.id]);
    expect(row).toEqual({ status: 'booked', appointment_id: booked.body.appointment.id });
    const [appt] = await t.db.query(`SELECT source, citizen_fiscal_code FROM agenda.appointments WHERE id = $1`, [booked.body.appointment.id]);
    expect(appt).toEqual({ source: 'invitation', citizen_fiscal_code: MARIO });
    // the person acted through the link: audited as themselves
    const [audit] = await t.db.query(`SELECT actor_fiscal_code FROM audit.audit_events WHERE action = 'agenda.appointment.book' AND resource_id = $1`, [
      booked.body.appointment.id,
    ]);
    expect(audit.actor_fiscal_code).toBe(MARIO);

    expect((await request(http()).get('/api/public/invitations/k0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    // the same mac under a key id that is not listed (retired or made up) is refused; a link without a key id is malformed
    expect((await request(http()).get(`/api/public/invitations/zz.${token.split('.')[1]}`)).status).toBe(404);
    expect((await request(http()).get(`/api/public/invitations/${token.split('.')[1]}`)).status).toBe(400);
    const malformed = await request(http()).get('/api/public/invitations/short');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].pointer).toBe('/token');
  });

  it('reminds after the configured days, expires, and an unanswered invitation escalates to a convocation', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const officeId = await officeOf(LUCA);
    const created = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'prima-accoglienza', fiscalCodes: [GIULIA], withinDays: 5 });
    const inv = created.body.items[0];
    const invitations = t.app.get(InvitationsService);
    const now = Date.now();
    expect((await invitations.sweep(new Date(now + 2 * 86_400_000))).reminded).toBe(0);
    expect((await invitations.sweep(new Date(now + 3 * 86_400_000 + 60_000))).reminded).toBeGreaterThanOrEqual(1);
    const reminders = await queuedMessages(t, `invitation:${inv.id}:reminder:%`);
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(reminders[0]!.body).toContain(`/invito/${await linkIn(`invitation:${inv.id}:sent`)}`);
    expect((await invitations.sweep(new Date(now + 3 * 86_400_000 + 120_000))).reminded).toBe(0); // once

    await invitations.sweep(new Date(now + 8 * 86_400_000));
    const list = await request(http()).get('/api/operator/agenda/invitations').query({ officeId }).set('Cookie', luca.cookie);
    expect(list.body.items.find((i: { id: string }) => i.id === inv.id).status).toBe('expired');
    const token = await linkIn(`invitation:${inv.id}:sent`);
    const gone = await request(http()).get(`/api/public/invitations/${token}`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('INVITATION_EXPIRED');

    // escalate: a convocation on a fixed slot, with its legal basis
    const slots = await request(http())
      .get('/api/operator/agenda/slots')
      .query({ serviceType: 'prima-accoglienza', officeId, channel: 'in_person', days: 14 })
      .set('Cookie', luca.cookie);
    expect(slots.status).toBe(200);
    expect(slots.body.items[0].operatorName).toEqual(expect.any(String));
    const missingBasis = await request(http())
      .post('/api/operator/agenda/convocations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ fiscalCode: GIULIA, slotId: slots.body.items[0].id, channel: 'in_person', invitationId: inv.id });
    expect(missingBasis.status).toBe(400);
    expect(missingBasis.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/legalBasis');
    expect(await t.db.query(`SELECT id FROM agenda.convocations`)).toEqual([]);

    const conv = await request(http()).post('/api/operator/agenda/convocations').set('Cookie', luca.cookie).set('X-CSRF-Token', luca.csrf).send({
      fiscalCode: GIULIA,
      slotId: slots.body.items[0].id,
      channel: 'in_person',
      legalBasis: 'art. 20 D.Lgs. 150/2015: stipula del patto di servizio',
      invitationId: inv.id,
    });
    expect(conv.status).toBe(201);
    expect(conv.body).toMatchObject({ citizenFiscalCode: GIULIA, channel: 'in_person', appointmentStatus: 'booked', legalBasis: expect.stringContaining('150/2015') });
    const { createHash } = await import('node:crypto');
    expect(conv.body.textSha256).toBe(createHash('sha256').update(conv.body.text, 'utf8').digest('hex'));
    expect(conv.body.text).toContain(slots.body.items[0].localTime);
    const [escalated] = await t.db.query(`SELECT status, convocation_id FROM agenda.invitations WHERE id = $1`, [inv.id]);
    expect(escalated).toEqual({ status: 'escalated', convocation_id: conv.body.id });

    // the proof cannot be rewritten, not even by the application's own database user
    await expect(t.db.query(`UPDATE agenda.convocations SET rendered_text = 'altro' WHERE id = $1`, [conv.body.id])).rejects.toThrow(/keeps proof/);

    // deliveries: each attempt recorded with channel, provider id and time
    const detail = await eventually(async () => {
      const r = await request(http()).get(`/api/operator/agenda/convocations/${conv.body.id}`).set('Cookie', luca.cookie);
      return r.body.deliveries?.length > 0 && r.body.deliveries.every((d: { status: string }) => d.status === 'sent') ? r : null;
    });
    for (const d of detail.body.deliveries) {
      expect(d.attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: 'sent', providerMessageId: expect.stringMatching(/^fake-/) })]);
      expect(d.address).toContain('*');
    }
    await expect(deleteDeliveryAttempts(t)).rejects.toThrow(/keeps proof/);

    // the person sees it, cannot move it online, and acknowledges it
    const giulia = await loggedInAgent(http(), GIULIA);
    const mine = await request(http()).get('/api/citizen/agenda/convocations').set('Cookie', giulia.cookie);
    expect(mine.body.items).toEqual([expect.objectContaining({ id: conv.body.id, textSha256: conv.body.textSha256 })]);
    expect(mine.body.items[0]).not.toHaveProperty('deliveries');
    const appts = await request(http()).get('/api/citizen/agenda/appointments').set('Cookie', giulia.cookie);
    const appt = appts.body.items.find((a: { id: string }) => a.id === conv.body.appointmentId);
    expect(appt).toMatchObject({ convocationId: conv.body.id, changeable: false });
    const cancel = await request(http()).post(`/api/citizen/agenda/appointments/${appt.id}/cancel`).set('Cookie', giulia.cookie).set('X-CSRF-Token', giulia.csrf).send({});
    expect(cancel.status).toBe(409);
    const ack = await request(http()).post(`/api/citizen/agenda/convocations/${conv.body.id}/acknowledge`).set('Cookie', giulia.cookie).set('X-CSRF-Token', giulia.csrf).send({});
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).toEqual(expect.any(String));
    const mario = await loggedInAgent(http(), MARIO);
    const notHers = await request(http()).post(`/api/citizen/agenda/convocations/${conv.body.id}/acknowledge`).set('Cookie', mario.cookie).set('X-CSRF-Token', mario.csrf).send({});
    expect(notHers.status).toBe(404);

    // another office's operator sees nothing of it
    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    expect((await request(http()).get(`/api/operator/agenda/convocations/${conv.body.id}`).set('Cookie', anna.cookie)).status).toBe(404);

    // attendance on a convocation is published with the convocation id, for conditionality (once it has started)
    await startAppointment(t, conv.body.appointmentId);
    const att = await request(http())
      .post(`/api/operator/agenda/appointments/${conv.body.appointmentId}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'absent' });
    expect(att.status).toBe(200);
    const events = await t.db.query(`SELECT type AS topic, payload FROM events.outbox WHERE aggregate_id = ANY($1::text[]) ORDER BY id`, [[conv.body.id, conv.body.appointmentId]]);
    expect(events.map((e: { topic: string }) => e.topic)).toEqual(['appointment.booked', 'convocation.issued', 'convocation.acknowledged', 'attendance.recorded']);
    expect(events[0].payload).toMatchObject({ appointmentId: conv.body.appointmentId, source: 'convocation', citizenFiscalCode: GIULIA });
    expect(events[3].payload).toMatchObject({ convocationId: conv.body.id, outcome: 'absent', citizenFiscalCode: GIULIA });
  });

  it('refuses the agenda back office to citizens, anonymous callers and other offices', async () => {
    const officeId = await officeOf(LUCA);
    const mario = await loggedInAgent(http(), MARIO);
    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    const asCitizen = await request(http()).get('/api/operator/agenda/invitations').query({ officeId }).set('Cookie', mario.cookie);
    expect(asCitizen.status).toBe(403);
    expect(asCitizen.headers['content-type']).toContain('application/problem+json');
    const anonymous = await request(http()).post('/api/operator/agenda/convocations').send({});
    expect(anonymous.status).toBe(401);
    const otherOffice = await request(http()).get('/api/operator/agenda/convocations').query({ officeId }).set('Cookie', anna.cookie);
    expect(otherOffice.status).toBe(403);
    expect(otherOffice.body.code).toBe('OFFICE_NOT_SERVED');
    const inviteElsewhere = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', anna.cookie)
      .set('X-CSRF-Token', anna.csrf)
      .send({ officeId, serviceType: 'prima-accoglienza', fiscalCodes: [MARIO], withinDays: 7 });
    expect(inviteElsewhere.status).toBe(403);
    expect(inviteElsewhere.body.errors[0].pointer).toBe('/officeId');
    const citizenCancel = await request(http())
      .post(`/api/operator/agenda/appointments/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/cancel`)
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ reason: 'prova' });
    expect(citizenCancel.status).toBe(403);
    const citizenSlots = await request(http()).get('/api/operator/agenda/slots').query({ serviceType: 'prima-accoglienza' }).set('Cookie', mario.cookie);
    expect(citizenSlots.status).toBe(403);
    const citizenAbsence = await request(http())
      .post('/api/operator/agenda/exceptions')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ officeId, fromDate: '2030-01-07', toDate: '2030-01-07', reason: 'prova' });
    expect(citizenAbsence.status).toBe(403);
    const anonymousOffices = await request(http()).get('/api/citizen/agenda/offices');
    expect(anonymousOffices.status).toBe(401);
    const [lucaAppt] = await t.db.query(`SELECT a.id FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id WHERE s.office_id = $1 AND a.status = 'booked' LIMIT 1`, [
      officeId,
    ]);
    const [freeSlot] = await t.db.query(`SELECT id FROM agenda.slots WHERE office_id = $1 AND booked = 0 AND starts_at > now() + interval '3 days' LIMIT 1`, [officeId]);
    const foreignMove = await request(http())
      .post(`/api/operator/agenda/appointments/${lucaAppt.id}/move`)
      .set('Cookie', anna.cookie)
      .set('X-CSRF-Token', anna.csrf)
      .send({ slotId: freeSlot.id });
    expect(foreignMove.status).toBe(404);
    expect(foreignMove.body.code).toBe('APPOINTMENT_NOT_FOUND');

    // impossible dates are a 400 naming the field, never a 500
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const badCalendar = await request(http()).get('/api/operator/agenda/calendar').query({ officeId, from: '2026-13-45' }).set('Cookie', luca.cookie);
    expect(badCalendar.status).toBe(400);
    expect(badCalendar.body.errors[0].pointer).toBe('/from');
    const badAbsence = await request(http())
      .post('/api/operator/agenda/exceptions')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, fromDate: '2026-02-30', toDate: '2026-03-01', reason: 'prova' });
    expect(badAbsence.status).toBe(400);
    expect(badAbsence.body.errors[0].pointer).toBe('/fromDate');
    const badSlots = await request(http()).get('/api/operator/agenda/slots').query({ serviceType: 'prima-accoglienza', from: '2026-02-31' }).set('Cookie', luca.cookie);
    expect(badSlots.status).toBe(400);
    expect(badSlots.body.errors[0].pointer).toBe('/from');

    const doc = await request(http()).get('/api/openapi.json');
    for (const path of [
      '/api/operator/agenda/invitations',
      '/api/operator/agenda/convocations',
      '/api/operator/agenda/convocations/{convocationId}',
      '/api/public/invitations/{token}',
      '/api/public/invitations/{token}/appointment',
      '/api/public/appointments/{appointmentId}/recall/{signature}',
      '/api/citizen/agenda/convocations/{convocationId}/acknowledge',
      '/api/citizen/agenda/offices',
      '/api/operator/agenda/exceptions',
      '/api/operator/agenda/slots',
      '/api/operator/agenda/appointments/{appointmentId}/move',
      '/api/operator/agenda/appointments/{appointmentId}/cancel',
      '/api/notifications/receipts/{channel}',
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { AppointmentLinks } from './appointments/appointment-links';
import { citizenSessions, groupSlots } from './booking.test-kit';
import { RECALL_CANCEL_REASON, SERVICE_TYPE_NAMES } from './i18n/agenda-catalogue';

const UK = SERVICE_TYPE_NAMES['laboratorio-cv']!.uk;

/**
 * The agenda in the reader's language (session 23): every text the API writes about an appointment for a Ukrainian
 * reader (Accept-Language) names the service in Ukrainian: the booking's answer, the recall link's page, the calendar
 * file, the cancellation's answer, and the timeline's params.
 */
describe('agenda: the service named in the reader language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());
  const http = () => t.app.getHttpServer();

  it('book, recall page, calendar file, cancel and timeline in Ukrainian', async () => {
    const [person] = await citizenSessions(t, 1);
    const slotId = await groupSlots(() => t)(2);
    const post = (url: string, body: object) =>
      request(http()).post(url).set('Cookie', person!.cookie).set('X-CSRF-Token', person!.csrf).set('Accept-Language', 'uk-UA,uk;q=0.9').send(body);
    const get = (url: string) => request(http()).get(url).set('Cookie', person!.cookie).set('Accept-Language', 'uk');

    const booked = await post('/api/citizen/agenda/appointments', { slotId, channel: 'in_person' });
    expect(booked.status).toBe(201);
    expect(booked.body.serviceName).toBe(UK);
    const id = booked.body.id as string;

    const [, , appointmentId, signature] = new URL(t.app.get(AppointmentLinks).recallLink(id)).pathname.split('/');
    const recall = await request(http()).get(`/api/public/appointments/${appointmentId}/recall/${signature}`).set('Accept-Language', 'uk');
    expect(recall.status).toBe(200);
    expect(recall.body.appointment.serviceName).toBe(UK);

    const ics = await get(`/api/citizen/agenda/appointments/${id}/ics`);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain(`SUMMARY:${UK} –`);

    const timeline = await get('/api/citizen/dossier/timeline');
    expect(timeline.body.items.find((e: { refId?: string }) => e.refId === id).params).toMatchObject({ serviceUk: UK, serviceRo: SERVICE_TYPE_NAMES['laboratorio-cv']!.ro });

    const cancelled = await post(`/api/citizen/agenda/appointments/${id}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', serviceName: UK });
    const italian = await request(http()).get('/api/citizen/agenda/appointments').set('Cookie', person!.cookie);
    expect(italian.body.items.find((a: { id: string }) => a.id === id).serviceName).toBe('Laboratorio di gruppo: scrivere il CV');
  });

  it('"not coming" to the recall: the reason the API writes reads in Ukrainian, in Italian for the office', async () => {
    const [, person] = await citizenSessions(t, 2);
    const slotId = await groupSlots(() => t, 40)(2);
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', person!.cookie)
      .set('X-CSRF-Token', person!.csrf)
      .send({ slotId, channel: 'in_person' });
    expect(booked.status).toBe(201);
    const [, , appointmentId, signature] = new URL(t.app.get(AppointmentLinks).recallLink(booked.body.id as string)).pathname.split('/');
    const answered = await request(http()).post(`/api/public/appointments/${appointmentId}/recall/${signature}`).set('Accept-Language', 'uk').send({ answer: 'not_coming' });
    expect(answered.status).toBe(200);
    expect(answered.body.appointment).toMatchObject({ status: 'cancelled', cancelReason: RECALL_CANCEL_REASON.uk, serviceName: UK });
    const [stored] = await t.db.query(`SELECT cancel_reason AS "cancelReason" FROM agenda.appointments WHERE id = $1`, [booked.body.id]);
    expect(stored.cancelReason).toBe('Risposta al promemoria: non può venire');
  });
});

import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import { ServiceTypeEntity } from './entities/service-type.entity';
import { publishRule } from './slot-publisher';
import { staffOf } from '../registry/registry.test-kit';
import { ANNA, LUCA, MARIO, startAppointment } from './booking.test-kit';

describe('agenda: operator availability, week view, attendance and DST publishing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('operators define availability, see bookings in the week view and record attendance (outbox event)', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const me = (await request(http()).get('/api/operator/registry/me').set('Cookie', luca.cookie)).body;
    const officeId = me.offices[0].id;
    const rule = await request(http())
      .post('/api/operator/agenda/availability-rules')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'orientamento', weekday: 6, startTime: '09:00', endTime: '12:00', validFrom: '2026-01-01', channels: ['in_person', 'phone'] });
    expect(rule.status).toBe(201);
    expect(rule.body.slotsPublished).toBeGreaterThan(0);
    const invalid = await request(http())
      .post('/api/operator/agenda/availability-rules')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'orientamento', weekday: 9, startTime: '25:00', endTime: '12:00', validFrom: '2026-01-01', channels: [] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/channels', '/startTime', '/weekday']);

    const mario = await loggedInAgent(http(), MARIO);
    const slots = (await request(http()).get('/api/citizen/agenda/slots').query({ serviceType: 'orientamento', officeId, days: 21 }).set('Cookie', mario.cookie)).body.items;
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId: slots[0].id, channel: 'phone' });
    expect(booked.status).toBe(201);

    const week = await request(http()).get('/api/operator/agenda/calendar').query({ officeId, from: booked.body.localDate, days: 7 }).set('Cookie', luca.cookie);
    expect(week.status).toBe(200);
    const entry = week.body.items.find((e: { slotId: string }) => e.slotId === slots[0].id);
    expect(entry.appointments[0]).toMatchObject({ citizenFiscalCode: MARIO, channel: 'phone', status: 'booked' });
    const phoneOnly = await request(http())
      .get('/api/operator/agenda/calendar')
      .query({ officeId, from: booked.body.localDate, days: 7, channel: 'video' })
      .set('Cookie', luca.cookie);
    expect(phoneOnly.body.items.flatMap((e: { appointments: unknown[] }) => e.appointments)).toEqual([]);

    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    const foreign = await request(http()).get('/api/operator/agenda/calendar').query({ officeId, from: booked.body.localDate }).set('Cookie', anna.cookie);
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('OFFICE_NOT_SERVED');
    // not before the start: the appointment is still ahead
    const early = await request(http())
      .post(`/api/operator/agenda/appointments/${booked.body.id}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'attended' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'ATTENDANCE_NOT_YET' });
    await startAppointment(t, booked.body.id);
    const foreignAttendance = await request(http())
      .post(`/api/operator/agenda/appointments/${booked.body.id}/attendance`)
      .set('Cookie', anna.cookie)
      .set('X-CSRF-Token', anna.csrf)
      .send({ outcome: 'absent' });
    expect(foreignAttendance.status).toBe(404);

    const attended = await request(http())
      .post(`/api/operator/agenda/appointments/${booked.body.id}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'absent' });
    expect(attended.status).toBe(200);
    expect(attended.body.status).toBe('absent');
    const events = await t.db.query(`SELECT type AS topic, payload FROM events.outbox WHERE aggregate_id = $1 ORDER BY id`, [booked.body.id]);
    expect(events).toEqual([
      { topic: 'appointment.booked', payload: expect.objectContaining({ citizenFiscalCode: MARIO, appointmentId: booked.body.id, source: 'citizen' }) },
      { topic: 'attendance.recorded', payload: expect.objectContaining({ outcome: 'absent', citizenFiscalCode: MARIO, appointmentId: booked.body.id }) },
    ]);
    const again = await request(http())
      .post(`/api/operator/agenda/appointments/${booked.body.id}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'attended' });
    expect(again.status).toBe(409);
  });

  it('publishes a Sunday 09:00 slot on both DST Sundays at 09:00 Rome time', async () => {
    const t2 = await t.db.getRepository(ServiceTypeEntity).findOneByOrFail({ code: 'orientamento' });
    const anna = await staffOf(t, ANNA);
    const op = { id: anna.staffId, office_id: anna.officeId };
    for (const [now, sunday, utc] of [
      ['2026-03-23T12:00:00Z', '2026-03-29', '07:00'],
      ['2026-10-19T12:00:00Z', '2026-10-25', '08:00'],
    ] as const) {
      const inserted = await t.db.transaction(async (m) => {
        const rule = await m.getRepository(AvailabilityRuleEntity).save(
          m.getRepository(AvailabilityRuleEntity).create({
            officeId: op.office_id,
            operatorId: op.id,
            serviceTypeId: t2.id,
            weekday: 7,
            startTime: '09:00',
            endTime: '10:00',
            validFrom: sunday,
            validTo: sunday,
            channels: ['in_person'],
            createdBy: ANNA,
          }),
        );
        return publishRule(m, rule, t2, new Date(now), 10);
      });
      expect(inserted).toBe(1);
      const [slot] = await t.db.query(
        `SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') AS utc, to_char(starts_at AT TIME ZONE 'Europe/Rome', 'HH24:MI') AS rome
        FROM agenda.slots WHERE operator_id = $1 AND (starts_at AT TIME ZONE 'Europe/Rome')::date = $2`,
        [op.id, sunday],
      );
      expect(slot).toEqual({ utc, rome: '09:00' });
    }
  });
});

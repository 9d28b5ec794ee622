import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { MARIO, groupSlots } from './booking.test-kit';

describe('agenda: booking changes by the person (.ics, reschedule, cancel, cut-off)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const groupSlot = groupSlots(() => t);

  it('books, refuses the same booking twice, downloads .ics, reschedules and cancels', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const slots = (await request(http()).get('/api/citizen/agenda/slots').query({ serviceType: 'prima-accoglienza', days: 30 }).set('Cookie', mario.cookie)).body.items.filter(
      (x: { startsAt: string }) => new Date(x.startsAt).getTime() > Date.now() + 3 * 86_400_000,
    );
    const post = (path: string, body: object) => request(http()).post(path).set('Cookie', mario.cookie).set('X-CSRF-Token', mario.csrf).send(body);
    const booked = await post('/api/citizen/agenda/appointments', { slotId: slots[5].id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', serviceType: 'prima-accoglienza', changeable: true, channel: 'in_person' });
    expect((await post('/api/citizen/agenda/appointments', { slotId: slots[5].id, channel: 'in_person' })).status).toBe(409);
    const noCsrf = await request(http()).post('/api/citizen/agenda/appointments').set('Cookie', mario.cookie).send({ slotId: slots[6].id, channel: 'in_person' });
    expect(noCsrf.status).toBe(403);
    const badBody = await post('/api/citizen/agenda/appointments', { slotId: 'x', channel: 'fax' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/channel', '/slotId']);

    const ics = await request(http()).get(`/api/citizen/agenda/appointments/${booked.body.id}/ics`).set('Cookie', mario.cookie);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toContain(`DTSTART:${booked.body.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);

    const moved = await post(`/api/citizen/agenda/appointments/${booked.body.id}/reschedule`, { slotId: slots[8].id });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe(slots[8].startsAt);
    const [old] = await t.db.query('SELECT booked FROM agenda.slots WHERE id = $1', [slots[5].id]);
    expect(old.booked).toBe(0);
    const cancelled = await post(`/api/citizen/agenda/appointments/${moved.body.id}/cancel`, { reason: 'impegno di lavoro' });
    expect(cancelled.body.status).toBe('cancelled');
    const mine = await request(http()).get('/api/citizen/agenda/appointments').set('Cookie', mario.cookie);
    expect(mine.body.items.map((a: { status: string }) => a.status).sort()).toEqual(['cancelled', 'cancelled']);
  });

  it('refuses online changes after the cut-off', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const slotId = await groupSlot(5, 'CLMPLA70E20C627O'); // the manager has no published slots to collide with
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId, channel: 'in_person' });
    await t.db.query(`UPDATE agenda.slots SET starts_at = now() + interval '3 hours', ends_at = now() + interval '5 hours' WHERE id = $1`, [slotId]);
    const res = await request(http()).post(`/api/citizen/agenda/appointments/${booked.body.id}/cancel`).set('Cookie', mario.cookie).set('X-CSRF-Token', mario.csrf).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('APPOINTMENT_NOT_CANCELLABLE');
  });
});

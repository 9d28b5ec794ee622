import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession } from '../../../test/direct-session';
import { AgendaRepository } from './agenda.repository';
import { DEMO_SERVICE_TYPES } from './seed/agenda-demo-seed';
import { LUCA, citizenSessions } from './booking.test-kit';
import { officesWithOperators, staffOf } from '../registry/registry.test-kit';

/** One live booking of a service per person (a database invariant), next free slots, and the demo week's availability. */
describe('agenda: one live booking per service and person', () => {
  let t: TestApp;
  let officeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    officeId = (await staffOf(t, LUCA)).officeId;
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const freeSlots = async (cookie: string, serviceType: string, limit = 5) =>
    (await request(http()).get('/api/citizen/agenda/slots').query({ serviceType, officeId, limit }).set('Cookie', cookie)).body.items as {
      id: string;
      startsAt: string;
      channels: string[];
    }[];

  it('publishes free slots for every demo service at every demo office', async () => {
    const rows: { code: string; offices: number }[] = await t.db.query(
      `SELECT t.code, count(DISTINCT s.office_id)::int AS offices FROM agenda.slots s JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE s.starts_at > now() AND s.booked < s.capacity GROUP BY t.code`,
    );
    const offices = await officesWithOperators(t);
    expect(Object.fromEntries(rows.map((r) => [r.code, r.offices]))).toEqual(Object.fromEntries(DEMO_SERVICE_TYPES.map((s) => [s.code, offices])));
  });

  it('gives operators the next free time of each service at an office, and the next N free slots across operators in time order', async () => {
    const luca = await directSession(t.app, LUCA, { app: 'operator' });
    const types = await request(http()).get('/api/operator/agenda/service-types').query({ officeId }).set('Cookie', luca.cookie);
    expect(types.status).toBe(200);
    for (const s of types.body.items) expect(s.nextFreeAt).toEqual(expect.any(String));
    const slots = await request(http()).get('/api/operator/agenda/slots').query({ serviceType: 'prima-accoglienza', officeId, limit: 12 }).set('Cookie', luca.cookie);
    expect(slots.status).toBe(200);
    expect(slots.body.items).toHaveLength(12);
    const starts = slots.body.items.map((s: { startsAt: string }) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(new Set(slots.body.items.map((s: { operatorId: string }) => s.operatorId)).size).toBeGreaterThan(1); // across operators
    expect(slots.body.items[0].startsAt).toBe(types.body.items.find((s: { code: string }) => s.code === 'prima-accoglienza').nextFreeAt);
    const foreign = await request(http())
      .get('/api/operator/agenda/service-types')
      .query({ officeId: (await staffOf(t, 'FRRNNA82D50F335D')).officeId })
      .set('Cookie', luca.cookie);
    expect(foreign.status).toBe(403);
  });

  it('lets one of two concurrent bookings of the same service by the same person succeed; the other is told when the first is', async () => {
    const [p] = await citizenSessions(t, 1);
    const person = p!;
    const [a, b] = await freeSlots(person.cookie, 'orientamento');
    const book = (slotId: string) =>
      request(http()).post('/api/citizen/agenda/appointments').set('Cookie', person.cookie).set('X-CSRF-Token', person.csrf).send({ slotId, channel: 'in_person' });
    const results = await Promise.all([book(a!.id), book(b!.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const won = results.find((r) => r.status === 201)!;
    const lost = results.find((r) => r.status === 409)!;
    expect(lost.headers['content-type']).toContain('application/problem+json');
    expect(lost.body).toMatchObject({
      code: 'SERVICE_ALREADY_BOOKED',
      existingAppointmentId: won.body.id,
      existingStartsAt: won.body.startsAt,
      existingLocalDate: won.body.localDate,
    });
    const live = await t.db.query(`SELECT count(*)::int AS n FROM agenda.appointments WHERE citizen_fiscal_code = $1 AND live`, [person.fiscalCode]);
    expect(live).toEqual([{ n: 1 }]);
    const seats = await t.db.query(`SELECT sum(booked)::int AS n FROM agenda.slots WHERE id = ANY($1::uuid[])`, [[a!.id, b!.id]]);
    expect(seats).toEqual([{ n: 1 }]); // the refused booking took no seat

    // another service is fine; after a cancellation the same service can be booked again
    const [other] = await freeSlots(person.cookie, 'prima-accoglienza');
    expect((await book(other!.id)).status).toBe(201);
    const cancel = await request(http()).post(`/api/citizen/agenda/appointments/${won.body.id}/cancel`).set('Cookie', person.cookie).set('X-CSRF-Token', person.csrf).send({});
    expect(cancel.status).toBe(200);
    const again = await book(won.body.id === results[0]!.body.id ? b!.id : a!.id);
    expect(again.status).toBe(201);
  });

  it('holds the invariant in the database itself, and a past unrecorded appointment stops blocking once its time is over', async () => {
    const [p] = await citizenSessions(t, 1);
    const person = p!;
    const [first, second] = await freeSlots(person.cookie, 'colloquio-specialistico');
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', person.cookie)
      .set('X-CSRF-Token', person.csrf)
      .send({ slotId: first!.id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    // a direct insert bypassing the service is refused by the unique index
    await expect(
      t.db.query(
        `INSERT INTO agenda.appointments (slot_id, citizen_id, citizen_fiscal_code, channel, source) SELECT $1, citizen_id, citizen_fiscal_code, 'in_person', 'operator' FROM agenda.appointments WHERE id = $2`,
        [second!.id, booked.body.id],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'appointments_one_live_per_person_service' });
    // the appointment's time passes without attendance being recorded: still 'booked', no longer live after the sweep
    await t.db.query(
      `UPDATE agenda.slots s SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '1 hour' FROM agenda.appointments a WHERE a.id = $1 AND s.id = a.slot_id`,
      [booked.body.id],
    );
    // the booking itself ends it when the sweep has not run yet
    const next = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', person.cookie)
      .set('X-CSRF-Token', person.csrf)
      .send({ slotId: second!.id, channel: 'in_person' });
    expect(next.status).toBe(201);
    const rows = await t.db.query(`SELECT id, status, live FROM agenda.appointments WHERE id = ANY($1::uuid[]) ORDER BY booked_at`, [[booked.body.id, next.body.id]]);
    expect(rows).toEqual([
      { id: booked.body.id, status: 'booked', live: false },
      { id: next.body.id, status: 'booked', live: true },
    ]);
    // and the sweep ends the live flag of every appointment whose time is over
    await t.db.query(
      `UPDATE agenda.slots s SET starts_at = now() - interval '5 days', ends_at = now() - interval '5 days' + interval '1 hour' FROM agenda.appointments a WHERE a.id = $1 AND s.id = a.slot_id`,
      [next.body.id],
    );
    expect(await t.app.get(AgendaRepository).endPastLive()).toBeGreaterThanOrEqual(1);
    expect(await t.db.query(`SELECT live FROM agenda.appointments WHERE id = $1`, [next.body.id])).toEqual([{ live: false }]);
  });
});

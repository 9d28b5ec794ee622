import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SqlStatement } from '../../database/sql-statement';
import { NotificationsService } from '../notifications/notifications.service';
import { AgendaRepository } from './agenda.repository';
import { SessionService } from '../identity/session.service';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import { ServiceTypeEntity } from './entities/service-type.entity';
import { publishRule } from './slot-publisher';

const MARIO = 'RSSMRA85T10L219G';
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri

describe('agenda: booking without double booking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  /** Sessions for seeded citizens, minted directly (the SAML round trip is proven elsewhere). */
  async function citizenSessions(n: number): Promise<{ cookie: string; csrf: string; fiscalCode: string }[]> {
    const people: { fiscal_code: string; given_name: string; family_name: string }[] = await t.db.query(
      `SELECT fiscal_code, given_name, family_name FROM registry.citizens ORDER BY fiscal_code LIMIT $1`,
      [n],
    );
    const sessions = t.app.get(SessionService);
    return Promise.all(
      people.map(async (p) => {
        const { token, session } = await sessions.create({
          fiscalCode: p.fiscal_code,
          givenName: p.given_name,
          familyName: p.family_name,
          roles: ['citizen'],
          spidLevel: 2,
          kind: 'spid',
          app: 'citizen',
          idpEntityId: 'test',
          nameId: null,
          sessionIndex: null,
          ip: null,
          userAgent: null,
        });
        return { cookie: `opencpi_sid=${token}`, csrf: session.csrfToken, fiscalCode: p.fiscal_code };
      }),
    );
  }

  let slotDay = 20;
  /** A group slot 18:00–20:00 Rome on its own day: outside the seeded availability whatever the hour the test runs. */
  async function groupSlot(capacity: number, operatorFiscalCode = LUCA): Promise<string> {
    const day = slotDay++;
    const [slot] = await t.db.query(
      `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
       SELECT so.office_id, so.staff_id, (SELECT id FROM agenda.service_types WHERE code = 'laboratorio-cv'),
              ((current_date + $3::int) + time '18:00') AT TIME ZONE 'Europe/Rome', ((current_date + $3::int) + time '20:00') AT TIME ZONE 'Europe/Rome', '{in_person}', $1
         FROM registry.staff_offices so JOIN registry.staff s ON s.id = so.staff_id WHERE s.fiscal_code = $2
       RETURNING id`,
      [capacity, operatorFiscalCode, day],
    );
    return slot.id as string;
  }

  it('lists free slots of a service, soonest first, with Rome local times', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const res = await request(http()).get('/api/citizen/agenda/slots').query({ serviceType: 'prima-accoglienza', channel: 'video', days: 14 }).set('Cookie', mario.cookie);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(10);
    const first = res.body.items[0];
    expect(new Date(first.startsAt).getTime()).toBeGreaterThan(Date.now() + 119 * 60_000); // minimum notice
    expect(first.localTime >= '09:00' && first.localTime < '12:30').toBe(true);
    expect(first.channels).toContain('video');
    const bad = await request(http()).get('/api/citizen/agenda/slots').query({ serviceType: 'nope' }).set('Cookie', mario.cookie);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/serviceType');
  });

  it('lets 50 people race for the last seat: exactly one wins, 49 get 409, the database holds the capacity', async () => {
    const slotId = await groupSlot(3);
    const people = await citizenSessions(52);
    for (const p of people.slice(0, 2)) {
      const r = await request(http()).post('/api/citizen/agenda/appointments').set('Cookie', p.cookie).set('X-CSRF-Token', p.csrf).send({ slotId, channel: 'in_person' });
      expect(r.status).toBe(201);
    }
    const racers = people.slice(2);
    const results = await Promise.all(
      racers.map((p) => request(http()).post('/api/citizen/agenda/appointments').set('Cookie', p.cookie).set('X-CSRF-Token', p.csrf).send({ slotId, channel: 'in_person' })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.code).toBe('SLOT_FULL');
    }
    const [slot] = await t.db.query('SELECT booked, capacity FROM agenda.slots WHERE id = $1', [slotId]);
    expect(slot).toEqual({ booked: 3, capacity: 3 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM agenda.appointments WHERE slot_id = $1 AND status = 'booked'`, [slotId]);
    expect(n).toBe(3);
  });

  it('writes a booking in one statement: seat, appointment, audit record and outbox messages together, or nothing', async () => {
    const [person] = await citizenSessions(1);
    const slotId = await groupSlot(2);
    const ok = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', person!.cookie)
      .set('X-CSRF-Token', person!.csrf)
      .send({ slotId, channel: 'in_person' });
    expect(ok.status).toBe(201);
    const [audit] = await t.db.query(
      `SELECT actor_fiscal_code AS actor, subject_fiscal_code AS subject, actor_office_id IS NOT NULL AS "hasOffice", details
      FROM audit.audit_events WHERE action = 'agenda.appointment.book' AND resource_id = $1`,
      [ok.body.id],
    );
    expect(audit).toEqual({ actor: person!.fiscalCode, subject: person!.fiscalCode, hasOffice: true, details: { source: 'citizen' } });
    const msgs: { key: string; queued: boolean }[] = await t.db.query(
      `SELECT dedupe_key AS key, queued_at IS NOT NULL AS queued FROM notifications.messages WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`,
      [`appointment:${ok.body.id}:%`],
    );
    expect(msgs.map((x) => x.key.split(':').slice(2).join(':'))).toEqual([
      'confirmed:email',
      'confirmed:sms',
      'reminder-2h:email',
      'reminder-2h:sms',
      'reminder-48h:email',
      'reminder-48h:sms',
    ]);

    // a member of the statement fails (here: an outbox row the CHECK refuses): the seat is not taken, nothing is written
    const repo = t.app.get(AgendaRepository);
    const [citizen] = await t.db.query(`SELECT id, fiscal_code FROM registry.citizens WHERE fiscal_code <> $1 ORDER BY fiscal_code LIMIT 1`, [person!.fiscalCode]);
    const st = new SqlStatement();
    const id = randomUUID();
    const sql = repo.bookSql(
      st,
      { id, slotId, notBefore: new Date(), channel: 'in_person', citizenId: citizen.id, citizenFiscalCode: citizen.fiscal_code, source: 'citizen' },
      (from) => [
        {
          name: 'outbox',
          sql: t.app.get(NotificationsService).outboxInsertSql(
            st,
            [
              {
                key: `appointment:${id}:confirmed:fax`,
                fiscalCode: citizen.fiscal_code,
                channel: 'fax',
                address: 'x',
                template: 'appointment.confirmed',
                locale: 'it',
                subject: 's',
                body: 'b',
                notBefore: new Date(),
              },
            ],
            from,
          ),
        },
      ],
      'outbox',
    );
    await expect(t.db.query(sql, st.params)).rejects.toThrow(/messages_channel_check/);
    const [slot] = await t.db.query('SELECT booked FROM agenda.slots WHERE id = $1', [slotId]);
    expect(slot.booked).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM agenda.appointments WHERE id = $1`, [id]);
    expect(n).toBe(0);

    // someone with a valid SPID session but no registry record: 404 naming why, no seat taken
    const { token, session } = await t.app.get(SessionService).create({
      fiscalCode: 'NNTPRS80A01H501U',
      givenName: 'Persona',
      familyName: 'Nuova',
      roles: ['citizen'],
      spidLevel: 2,
      kind: 'spid',
      app: 'citizen',
      idpEntityId: 'test',
      nameId: null,
      sessionIndex: null,
      ip: null,
      userAgent: null,
    });
    const stranger = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', `opencpi_sid=${token}`)
      .set('X-CSRF-Token', session.csrfToken)
      .send({ slotId, channel: 'in_person' });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('CITIZEN_NOT_FOUND');
    expect((await t.db.query('SELECT booked FROM agenda.slots WHERE id = $1', [slotId]))[0].booked).toBe(1);
  });

  it('refuses in the database what the code might get wrong: over-capacity and overlapping slots', async () => {
    const slotId = await groupSlot(1);
    await expect(t.db.query('UPDATE agenda.slots SET booked = 2 WHERE id = $1', [slotId])).rejects.toThrow(/slots_booked_check/);
    await expect(
      t.db.query(
        `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
       SELECT office_id, operator_id, service_type_id, starts_at + interval '30 minutes', ends_at + interval '30 minutes', channels, 1 FROM agenda.slots WHERE id = $1`,
        [slotId],
      ),
    ).rejects.toThrow(/slots_operator_no_overlap/);
  });

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
    const events = await t.db.query(`SELECT type AS topic, payload FROM events.outbox WHERE aggregate_id = $1`, [booked.body.id]);
    expect(events).toEqual([{ topic: 'attendance.recorded', payload: expect.objectContaining({ outcome: 'absent', citizenFiscalCode: MARIO, appointmentId: booked.body.id }) }]);
    const again = await request(http())
      .post(`/api/operator/agenda/appointments/${booked.body.id}/attendance`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ outcome: 'attended' });
    expect(again.status).toBe(409);
  });

  it('publishes a Sunday 09:00 slot on both DST Sundays at 09:00 Rome time', async () => {
    const t2 = await t.db.getRepository(ServiceTypeEntity).findOneByOrFail({ code: 'orientamento' });
    const [op] = await t.db.query(`SELECT s.id, so.office_id FROM registry.staff s JOIN registry.staff_offices so ON so.staff_id = s.id WHERE s.fiscal_code = $1`, [ANNA]);
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

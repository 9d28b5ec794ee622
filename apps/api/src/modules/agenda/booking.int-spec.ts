import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SqlStatement } from '../../database/sql-statement';
import { NotificationsService } from '../notifications/notifications.service';
import { queuedMessages } from '../notifications/notifications.test-kit';
import { seededCitizens } from '../registry/registry.test-kit';
import { AgendaRepository } from './agenda.repository';
import { SessionService } from '../identity/session.service';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { MARIO, citizenSessions, groupSlots } from './booking.test-kit';

describe('agenda: booking without double booking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const groupSlot = groupSlots(() => t);

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
    const people = await citizenSessions(t, 52);
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
    // one who has not booked a workshop yet (one live booking per service and person)
    const person = (await citizenSessions(t, 53))[52];
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
    const msgs = await queuedMessages(t, `appointment:${ok.body.id}:%`);
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
    const citizen = (await seededCitizens(t, 54))[53]; // someone else, who has no workshop booked either
    const st = new SqlStatement();
    const id = randomUUID();
    const sql = repo.bookSql(
      st,
      { id, slotId, notBefore: new Date(), channel: 'in_person', citizenId: citizen!.id, citizenFiscalCode: citizen!.fiscalCode, source: 'citizen' },
      (from) => [
        {
          name: 'outbox',
          sql: t.app.get(NotificationsService).outboxInsertSql(
            st,
            [
              {
                key: `appointment:${id}:confirmed:fax`,
                fiscalCode: citizen!.fiscalCode,
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
});

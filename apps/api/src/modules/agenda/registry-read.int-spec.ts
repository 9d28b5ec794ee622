import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { queuedMessage } from '../notifications/notifications.test-kit';
import { citizenOf, officeRef, staffNames, staffOf } from '../registry/registry.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M';
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino

/**
 * The agenda keeps office, operator and person ids; names and addresses are read through registry's query service
 * (RegistryService) and composed in memory, or, in the booking statement, through the scalar subquery registry
 * exports. These tests check the composed values against registry's own answers (its test kit).
 */
describe('agenda: registry data read through registry, never by joining its tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('no agenda source outside tests and seeds names a registry table', () => {
    const dir = __dirname;
    const sources = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter(
      (f) => f.endsWith('.ts') && !/\.((int-)?spec|test-kit)\.ts$/.test(f) && !f.startsWith('seed'),
    );
    expect(sources.length).toBeGreaterThan(10);
    const offending = sources.filter((f) => /\bregistry\.(citizens|offices|staff|staff_offices|office_comuni|companies|agencies)\b/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it("slots, appointments, the calendar, convocations and invitations show registry's names and addresses", async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const { officeId } = await staffOf(t, LUCA);
    const cpi = await officeRef(t, officeId);

    // free slots: the office's name on all, the operator's name on the caller's own offices' slots
    const slots = await request(http())
      .get('/api/operator/agenda/slots')
      .query({ serviceType: 'prima-accoglienza', officeId, channel: 'in_person', days: 14 })
      .set('Cookie', luca.cookie);
    expect(slots.status).toBe(200);
    expect(slots.body.items.length).toBeGreaterThan(1);
    const names = await staffNames(t, [...new Set<string>(slots.body.items.map((s: { operatorId: string }) => s.operatorId))]);
    const staff = (id: string) => `${names.get(id)?.givenName} ${names.get(id)?.familyName}`;
    for (const s of slots.body.items) expect(s).toMatchObject({ officeName: cpi.name, operatorName: staff(s.operatorId) });

    // a citizen's booking (one statement, the office read through registry's subquery) and her list of appointments
    const mario = await loggedInAgent(http(), MARIO);
    const slot = slots.body.items[0];
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId: slot.id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ officeName: cpi.name, status: 'booked' });
    const confirmation = await queuedMessage(t, `appointment:${booked.body.id}:confirmed:email`);
    expect(confirmation?.body).toContain(cpi.name);
    const mine = await request(http()).get('/api/citizen/agenda/appointments').set('Cookie', mario.cookie);
    expect(mine.body.items.find((a: { id: string }) => a.id === booked.body.id)).toMatchObject({ officeName: cpi.name });
    // the shared timeline gets a code with params (service in every language, Rome date and time, status), not a sentence only
    const timeline = await request(http()).get('/api/citizen/dossier/timeline').set('Cookie', mario.cookie);
    const service = { serviceIt: 'Prima accoglienza e informazioni', serviceEn: 'First reception and information', serviceAr: 'الاستقبال الأول والمعلومات' };
    expect(timeline.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'appointment.booked',
        refId: booked.body.id,
        params: { ...service, serviceRo: 'Prima primire și informații', serviceUk: 'Перший прийом та інформація', date: slot.localDate, time: slot.localTime, status: 'booked' },
      }),
    );

    // the office's calendar of that day: operators' names, the person's name, slots by start then operator's family name
    const calendar = await request(http()).get('/api/operator/agenda/calendar').query({ officeId, from: slot.localDate, days: 1 }).set('Cookie', luca.cookie);
    expect(calendar.status).toBe(200);
    const items = calendar.body.items as { slotId: string; operatorId: string; operatorName: string; startsAt: string; appointments: { id: string; citizenName?: string }[] }[];
    const calendarNames = await staffNames(t, [...new Set(items.map((i) => i.operatorId))]);
    for (const i of items) expect(i.operatorName).toBe(`${calendarNames.get(i.operatorId)?.givenName} ${calendarNames.get(i.operatorId)?.familyName}`);
    const order = items.map((i) => `${i.startsAt}|${calendarNames.get(i.operatorId)?.familyName}`);
    expect(order).toEqual([...order].sort());
    const held = items.find((i) => i.slotId === slot.id)?.appointments.find((a) => a.id === booked.body.id);
    expect(held?.citizenName).toBe('Mario Rossi');

    // a convocation: the proof's text names the office and its address as registry has them, the person by name
    const other = slots.body.items[1];
    const conv = await request(http())
      .post('/api/operator/agenda/convocations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ fiscalCode: GIULIA, slotId: other.id, channel: 'in_person', legalBasis: 'art. 20 D.Lgs. 150/2015' });
    expect(conv.status).toBe(201);
    const person = await citizenOf(t, GIULIA);
    const giulia = { name: `${person.givenName} ${person.familyName}` };
    expect(conv.body).toMatchObject({ officeName: cpi.name, citizenName: giulia.name, place: `${cpi.name}, ${cpi.address}, ${cpi.comuneName}` });
    expect(conv.body.text).toContain(`Gentile ${giulia.name}`);
    expect(conv.body.text).toContain(`Luogo: ${cpi.name}, ${cpi.address}, ${cpi.comuneName}.`);

    // invitations: the people's names, sorted by family name
    const invited = await request(http())
      .post('/api/operator/agenda/invitations')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ officeId, serviceType: 'orientamento', fiscalCodes: [MARIO, GIULIA], withinDays: 7 });
    expect(invited.status).toBe(201);
    expect(invited.body.items.map((i: { citizenName: string }) => i.citizenName)).toEqual([giulia.name, 'Mario Rossi']); // Bianchi, then Rossi
    const sent = await queuedMessage(t, `invitation:${invited.body.items[0].id}:sent:email`);
    expect(sent?.body).toContain(cpi.name);
  });
});

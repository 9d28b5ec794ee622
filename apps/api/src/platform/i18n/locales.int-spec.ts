import request from 'supertest';
import { SERVICE_TYPE_NAMES } from '../../modules/agenda/i18n/agenda-catalogue';
import { DEMO_SERVICE_TYPES } from '../../modules/agenda/seed/agenda-demo-seed';
import { citizenSessions, groupSlots } from '../../modules/agenda/booking.test-kit';
import { queuedMessages, setPreferredLocale } from '../../modules/notifications/notifications.test-kit';
import { PHRASES, TEMPLATES } from '../../modules/notifications/templates';
import { startTestApp, type TestApp } from '../../../test/test-app';

/** the fixed words of the Italian templates and phrases (the parts between variables), that no other locale may show */
const ITALIAN_SENTENCES = [...Object.values(TEMPLATES).flatMap((t) => [t.it.subject, t.it.body]), ...Object.values(PHRASES).map((p) => p.it)]
  .flatMap((text) => text.split(/\{\{\w+\}\}|\n/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 12);
const ITALIAN_SERVICE_NAMES: string[] = DEMO_SERVICE_TYPES.map((t) => t.nameIt);

describe('the API speaks the reader language: no Italian for ro and ar', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('names the service types in the language of Accept-Language (the SPA sends its UI language), Italian without one', async () => {
    const [person] = await citizenSessions(t, 1);
    const list = (lang?: string) => {
      const r = request(http()).get('/api/citizen/agenda/service-types').set('Cookie', person!.cookie);
      return lang ? r.set('Accept-Language', lang) : r;
    };
    const italian = await list();
    expect(italian.status).toBe(200);
    expect(italian.body.items.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(ITALIAN_SERVICE_NAMES));
    for (const lang of ['ro', 'ar'] as const) {
      const res = await list(lang === 'ar' ? 'ar-MA,ar;q=0.9,fr;q=0.8' : 'ro-RO,ro;q=0.9');
      expect(res.status).toBe(200);
      const names: string[] = res.body.items.map((s: { code: string; name: string }) => s.name);
      for (const item of res.body.items as { code: string; name: string }[]) {
        if (SERVICE_TYPE_NAMES[item.code]) expect(item.name).toBe(SERVICE_TYPE_NAMES[item.code]![lang]);
      }
      expect(names.filter((n) => ITALIAN_SERVICE_NAMES.includes(n))).toEqual([]);
    }
  });

  it("writes a booking's confirmation in the person's chosen language, with no Italian sentence", async () => {
    const groupSlot = groupSlots(() => t);
    const people = await citizenSessions(t, 3);
    for (const [i, lang] of (['ro', 'ar'] as const).entries()) {
      const person = people[i + 1]!;
      await setPreferredLocale(t, person.fiscalCode, lang);
      const slotId = await groupSlot(2);
      const booked = await request(http())
        .post('/api/citizen/agenda/appointments')
        .set('Cookie', person.cookie)
        .set('X-CSRF-Token', person.csrf)
        .send({ slotId, channel: 'in_person' });
      expect(booked.status).toBe(201);
      const [confirmation] = await queuedMessages(t, `appointment:${booked.body.id}:confirmed:%`);
      expect(confirmation).toBeDefined();
      const body = confirmation!.body;
      expect(body).toContain(SERVICE_TYPE_NAMES['laboratorio-cv']![lang]);
      expect(ITALIAN_SENTENCES.filter((s) => body.includes(s))).toEqual([]);
      expect(ITALIAN_SERVICE_NAMES.filter((s) => body.includes(s))).toEqual([]);
      expect(body).toContain(lang === 'ro' ? 'programarea ta' : 'موعدك');
    }
  });
});

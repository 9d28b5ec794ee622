import request from 'supertest';
import { directSession, type DirectSession } from '../../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { NotificationsService } from '../notifications.service';

const FATIMA = 'KHLFTM95M52Z330E'; // citizen, no preferences saved by the demo data

/**
 * The person's message preferences through HTTP on real PostgreSQL: defaults until saved; a bad body is a 400 naming
 * each field and writes nothing; saving keeps the platform's quiet hours, is audited, and the opt-out is what the
 * campaigns and surveys read (NotificationsService.optedOutOfNonMandatory).
 */
describe('notifications: my message preferences', () => {
  let t: TestApp;
  let fatima: DirectSession;
  const http = () => t.app.getHttpServer();
  const get = (a: DirectSession) => request(http()).get('/api/citizen/notification-preferences').set('Cookie', a.cookie);
  const put = (a: DirectSession, body: object) => request(http()).put('/api/citizen/notification-preferences').set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);

  beforeAll(async () => {
    t = await startTestApp({ NOTIFICATION_QUIET_HOURS: '21:00-08:00' });
    fatima = await directSession(t.app, FATIMA);
    await t.db.query(`DELETE FROM notifications.preferences WHERE fiscal_code = $1`, [FATIMA]);
  });
  afterAll(() => t.close());

  it('answers the defaults before anything is saved', async () => {
    const res = await get(fatima);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ channels: ['email', 'sms'], locale: 'it', nonMandatoryOptOut: false, quietStart: '21:00', quietEnd: '08:00', saved: false });
  });

  it('refuses a bad body naming each field, and writes nothing', async () => {
    const res = await put(fatima, { channels: [], locale: 'fr', nonMandatoryOptOut: 'yes' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const pointers = (res.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(expect.arrayContaining(['/channels', '/locale', '/nonMandatoryOptOut']));
    expect(await t.db.query(`SELECT 1 FROM notifications.preferences WHERE fiscal_code = $1`, [FATIMA])).toHaveLength(0);
  });

  it('saves the choice, keeps the quiet hours, audits it, and campaigns leave the person out', async () => {
    const notifications = t.app.get(NotificationsService);
    expect((await notifications.optedOutOfNonMandatory([FATIMA])).has(FATIMA)).toBe(false);
    const res = await put(fatima, { channels: ['email', 'email', 'io'], locale: 'ar', nonMandatoryOptOut: true });
    expect(res.status).toBe(400); // the same channel twice
    const saved = await put(fatima, { channels: ['io', 'email'], locale: 'ar', nonMandatoryOptOut: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ channels: ['io', 'email'], locale: 'ar', nonMandatoryOptOut: true, quietStart: '21:00', quietEnd: '08:00', saved: true });
    expect((await get(fatima)).body).toMatchObject({ channels: ['io', 'email'], locale: 'ar', nonMandatoryOptOut: true, saved: true });
    expect((await notifications.optedOutOfNonMandatory([FATIMA])).has(FATIMA)).toBe(true);
    const [prefs] = await notifications.preferencesOf(t.db.manager, [FATIMA]);
    expect(prefs).toMatchObject({ channels: ['io', 'email'], locale: 'ar' });
    const audit = await t.db.query(`SELECT action FROM audit.audit_events WHERE subject_fiscal_code = $1 AND action LIKE 'notifications.preferences.%' ORDER BY id`, [FATIMA]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['notifications.preferences.read', 'notifications.preferences.saved', 'notifications.preferences.read']);
    // and back: messages that are not mandatory reach the person again
    expect((await put(fatima, { channels: ['email'], locale: 'it', nonMandatoryOptOut: false })).status).toBe(200);
    expect((await notifications.optedOutOfNonMandatory([FATIMA])).has(FATIMA)).toBe(false);
  });
});

import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen, CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri

/**
 * "Preferisco essere richiamato" through HTTP on real PostgreSQL: a bad body names its fields and writes nothing; one
 * open request per person (the database refuses a second); the operators of the person's office see it, the others
 * do not and get 404 recording it; once recorded the person may ask again.
 */
describe('assistance: callback requests', () => {
  let t: TestApp;
  let mario: DirectSession;
  let giulia: DirectSession;
  let luca: DirectSession;
  let anna: DirectSession;
  const http = () => t.app.getHttpServer();
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const MINE = '/api/citizen/assistance/callback-requests';
  const OPEN = '/api/operator/assistance/callback-requests';

  beforeAll(async () => {
    t = await startTestApp();
    [mario, giulia] = await Promise.all([directSession(t.app, MARIO), directSession(t.app, GIULIA)]);
    [luca, anna] = await Promise.all([directSession(t.app, LUCA, { app: 'operator' }), directSession(t.app, ANNA, { app: 'operator' })]);
    await t.db.query(`DELETE FROM assistance.callback_requests`);
  });
  afterAll(() => t.close());

  it('refuses a bad body naming each field, and writes nothing', async () => {
    const res = await post(mario, MINE, { phone: '12ab', timeWindow: 'night', topic: 'x'.repeat(501) });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((res.body.errors as { pointer: string }[]).map((e) => e.pointer).sort()).toEqual(['/phone', '/timeWindow', '/topic']);
    expect(await t.db.query(`SELECT 1 FROM assistance.callback_requests`)).toHaveLength(0);
    expect((await get(mario, `${MINE}/latest`)).body).toEqual({});
  });

  it('one open request per person; the office sees it, another office does not; handled, the person may ask again', async () => {
    const asked = await post(mario, MINE, { phone: '+39 333 123 4567', timeWindow: 'morning', topic: '  Non riesco a prenotare  ' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ phone: '+393331234567', timeWindow: 'morning', topic: 'Non riesco a prenotare', status: 'open' });
    const again = await post(mario, MINE, { phone: '3331234567', timeWindow: 'any' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CALLBACK_ALREADY_OPEN');
    expect((await post(giulia, MINE, { phone: '3470000000', timeWindow: 'afternoon' })).status).toBe(201);

    const torino = await get(luca, OPEN);
    expect(torino.status).toBe(200);
    expect(torino.body.items.map((i: { fiscalCode: string }) => i.fiscalCode)).toEqual([MARIO]);
    expect(torino.body.items[0]).toMatchObject({ citizenName: 'Mario Rossi', phone: '+393331234567', status: 'open' });
    const moncalieri = await get(anna, OPEN);
    expect(moncalieri.body.items.map((i: { fiscalCode: string }) => i.fiscalCode)).toEqual([GIULIA]);

    // Anna does not serve Mario's office: as if the request did not exist
    const foreign = await post(anna, `${OPEN}/${asked.body.id}/outcome`, { outcome: 'done' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('CALLBACK_NOT_FOUND');
    expect((await post(luca, `${OPEN}/not-a-uuid/outcome`, { outcome: 'done' })).status).toBe(400);

    const done = await post(luca, `${OPEN}/${asked.body.id}/outcome`, { outcome: 'no_answer' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('no_answer');
    expect((await post(luca, `${OPEN}/${asked.body.id}/outcome`, { outcome: 'done' })).status).toBe(404); // once
    expect((await get(mario, `${MINE}/latest`)).body.request).toMatchObject({ status: 'no_answer', handledAt: expect.any(String) });
    expect((await get(luca, OPEN)).body.items).toEqual([]);
    expect((await post(mario, MINE, { phone: '3331234567', timeWindow: 'any' })).status).toBe(201);

    const audit = await t.db.query(`SELECT action FROM audit.audit_events WHERE action LIKE 'assistance.callback.%' AND subject_fiscal_code = $1 ORDER BY id`, [MARIO]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['assistance.callback.read', 'assistance.callback.requested', 'assistance.callback.listed', 'assistance.callback.handled']),
    );
  });
});

import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { officeIdsByCode } from '../registry/registry.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, Torino
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri
const LAURA = 'GRCLRA80S48L219S'; // employer, Officine Subalpine

/** Issue 11, findings 1 and 9: moderation scoped like the GET route; applying to a draft is a 404, not a 409. */
describe('matching: vacancy scope (moderation, applying)', () => {
  let t: TestApp;
  let luca: DirectSession, anna: DirectSession, laura: DirectSession, mario: DirectSession;
  let occupationId = 0;
  let moOffice = '';
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query(`INSERT INTO matching.comuni (istat, name, province, lat, lon) VALUES ('001156', 'Moncalieri', 'TO', 44.9996, 7.6824)`);
    occupationId = (
      await t.db.query(`INSERT INTO matching.occupations (esco_uri, isco_code, label, source) VALUES ('urn:test:occ:shop', '5223', 'Commesso', 'test') RETURNING id`)
    )[0].id;
    moOffice = (await officeIdsByCode(t))['CPI-MO']!;
    [luca, anna, laura, mario] = [await directSession(t.app, LUCA), await directSession(t.app, ANNA), await directSession(t.app, LAURA), await directSession(t.app, MARIO)];
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const vacancy = (title: string) => ({
    title,
    occupationId,
    description: 'Vendita e cassa in negozio.',
    skills: [],
    minEqf: 3,
    languages: [],
    licences: [],
    comuneIstat: '001156',
    contractType: 'permanent',
    hours: 'full',
    positions: 1,
    expiresOn: '2099-12-31',
  });
  const row = async (id: string) => (await t.db.query(`SELECT status, moderation, moderation_note AS note FROM matching.vacancies WHERE id = $1`, [id]))[0];
  const expectNotFound = (res: request.Response) => {
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('VACANCY_NOT_FOUND');
    expect(res.body.title).not.toContain('Bozza'); // nothing of the vacancy in the answer
    expect(JSON.stringify(res.body)).not.toContain('Bozza');
  };

  it("refuses moderating another office's draft with the same 404 as GET, and changes nothing", async () => {
    const draft = await post(anna, '/api/operator/matching/vacancies', { ...vacancy('Bozza Moncalieri'), officeId: moOffice });
    expect(draft.status).toBe(201);
    expectNotFound(await get(luca, `/api/operator/matching/vacancies/${draft.body.id}`));
    expectNotFound(await post(luca, `/api/operator/matching/vacancies/${draft.body.id}/moderation`, { decision: 'rejected', note: 'no' }));
    expect(await row(draft.body.id)).toEqual({ status: 'draft', moderation: 'approved', note: null });
  });

  it("refuses moderating a company's unpublished draft (no office) with 404", async () => {
    const draft = await post(laura, '/api/employer/matching/vacancies', vacancy('Bozza aziendale'));
    expect(draft.status).toBe(201);
    expectNotFound(await get(luca, `/api/operator/matching/vacancies/${draft.body.id}`));
    expectNotFound(await post(luca, `/api/operator/matching/vacancies/${draft.body.id}/moderation`, { decision: 'approved' }));
    expect(await row(draft.body.id)).toEqual({ status: 'draft', moderation: 'pending', note: null });
  });

  it('moderates a published vacancy region-wide, answering what GET answered; an own draft is not moderated', async () => {
    const v = await post(laura, '/api/employer/matching/vacancies', vacancy('Addetto vendite'));
    expect((await post(laura, `/api/employer/matching/vacancies/${v.body.id}/publish`)).body.status).toBe('published');
    const seen = await get(luca, `/api/operator/matching/vacancies/${v.body.id}`);
    expect(seen.status).toBe(200);
    const res = await post(luca, `/api/operator/matching/vacancies/${v.body.id}/moderation`, { decision: 'approved', note: 'ok' });
    expect(res.status >= 200 && res.status < 300).toBe(true); // 200 or 201: the status of POST actions is the OpenAPI part's to settle
    expect(res.body).toEqual({ ...seen.body, moderation: 'approved', moderationNote: 'ok' });

    const own = await post(anna, '/api/operator/matching/vacancies', { ...vacancy('Bozza propria'), officeId: moOffice });
    const refused = await post(anna, `/api/operator/matching/vacancies/${own.body.id}/moderation`, { decision: 'rejected' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('VACANCY_NOT_EDITABLE');
    expect((await row(own.body.id)).status).toBe('draft');
  });

  it('answers a citizen applying to (or saving) a draft exactly as for an unknown vacancy; a closed one is 409', async () => {
    const draft = await post(laura, '/api/employer/matching/vacancies', vacancy('Bozza non pubblicata'));
    const unknown = await post(mario, '/api/citizen/matching/vacancies/00000000-0000-4000-8000-000000000000/apply');
    const applied = await post(mario, `/api/citizen/matching/vacancies/${draft.body.id}/apply`);
    expectNotFound(applied);
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: applied.status, code: applied.body.code });
    expectNotFound(await post(mario, `/api/citizen/matching/vacancies/${draft.body.id}/save`));
    expect(await t.db.query(`SELECT 1 FROM matching.applications WHERE vacancy_id = $1`, [draft.body.id])).toEqual([]);

    // once published, its existence is public: closed answers 409 VACANCY_NOT_OPEN
    await post(laura, `/api/employer/matching/vacancies/${draft.body.id}/publish`);
    await post(laura, `/api/employer/matching/vacancies/${draft.body.id}/close`);
    const closed = await post(mario, `/api/citizen/matching/vacancies/${draft.body.id}/apply`);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('VACANCY_NOT_OPEN');
  });
});

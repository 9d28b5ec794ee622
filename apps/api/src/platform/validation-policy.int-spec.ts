import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loggedInAgent } from '../../test/saml-login';
import { startTestApp, type TestApp } from '../../test/test-app';

const MARIO = 'RSSMRA85T10L219G'; // citizen, Torino
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Issue 11, findings 3–5: one validation policy for every route, proven through HTTP on the findings' own inputs. */
describe('validation policy: body limits, no 500 from bad input, bad input refused', () => {
  let t: TestApp;
  type Agent = { cookie: string; csrf: string };
  let mario: Agent;
  let luca: Agent;
  let officeId = '';
  let occupationId = 0;
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query(`INSERT INTO matching.comuni (istat, name, province, lat, lon) VALUES ('001272', 'Torino', 'TO', 45.0703, 7.6869) ON CONFLICT DO NOTHING`);
    occupationId = (
      await t.db.query(`INSERT INTO matching.occupations (esco_uri, isco_code, label, source) VALUES ('urn:test:occ:vp', '4321', 'Magazziniere', 'test') RETURNING id`)
    )[0].id;
    mario = await loggedInAgent(http(), MARIO);
    luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    officeId = (await t.db.query(`SELECT so.office_id AS id FROM registry.staff s JOIN registry.staff_offices so ON so.staff_id = s.id WHERE s.fiscal_code = $1`, [LUCA]))[0].id;
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const send = (a: Agent, method: 'post' | 'put', url: string, body: object | string) =>
    request(http())[method](url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).set('Content-Type', 'application/json').send(body);
  const expectProblem = (res: request.Response, status: number, code: string, pointer?: string) => {
    expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (pointer !== undefined) expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  };
  const count = async (table: string): Promise<number> => Number((await t.db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const vacancy = (over: object = {}) => ({
    title: 'Magazziniere',
    occupationId,
    description: 'Carico e scarico merci in magazzino.',
    skills: [],
    minEqf: 2,
    languages: [],
    licences: [],
    comuneIstat: '001272',
    contractType: 'permanent',
    hours: 'full',
    positions: 1,
    expiresOn: '2099-12-31',
    officeId,
    ...over,
  });

  describe('finding 3: JSON body depth and size are limited before parsing', () => {
    it('refuses 2,000 levels of nesting with 400 REQUEST_BODY_TOO_DEEP, on an anonymous route too', async () => {
      const deep = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
      const anonymous = await request(http()).post('/api/notifications/receipts/sms').set('Content-Type', 'application/json').send(deep);
      expectProblem(anonymous, 400, 'REQUEST_BODY_TOO_DEEP', '');
      const arrays = await send(mario, 'put', '/api/citizen/matching/profile', `${'['.repeat(2000)}${']'.repeat(2000)}`);
      expectProblem(arrays, 400, 'REQUEST_BODY_TOO_DEEP');
      // inside a nested DTO property, where class-transformer would recurse into it
      const inField = await send(luca, 'post', '/api/operator/matching/vacancies', `{"skills":[${'{"skillId":'.repeat(2000)}1${'}'.repeat(2000)}]}`);
      expectProblem(inField, 400, 'REQUEST_BODY_TOO_DEEP');
    });

    it('counts only brackets outside strings: a string full of brackets is not nesting', async () => {
      const res = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ description: '{['.repeat(100), expiresOn: '2000-01-01' }));
      expectProblem(res, 400, 'VALIDATION_FAILED', '/expiresOn');
    });

    it('refuses a body over the limit with 413 REQUEST_BODY_TOO_LARGE before reading it', async () => {
      const big = JSON.stringify({ providerMessageId: 'x', status: 'read', occurredAt: '2027-01-01T00:00:00Z', detail: 'x'.repeat(300 * 1024) });
      const res = await request(http()).post('/api/notifications/receipts/sms').set('Content-Type', 'application/json').send(big);
      expectProblem(res, 413, 'REQUEST_BODY_TOO_LARGE');
    });

    it('refuses a body with more values than any route takes before transforming it (43,000 objects were a 500 after 3.4 s)', async () => {
      const res = await send(mario, 'put', '/api/citizen/matching/profile', { experiences: Array(43_000).fill({}) });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ constraint: 'maxValues' })]);
    });

    it('answers malformed JSON with 400 problem+json', async () => {
      const res = await send(mario, 'put', '/api/citizen/matching/profile', '{"visibility": "nobody",');
      expectProblem(res, 400, 'VALIDATION_FAILED', '');
    });
  });

  describe('finding 4: bad input is a 400 naming the field, never a 500', () => {
    it('refuses a NUL character in a query, a body and a path, naming the field', async () => {
      const query = await request(http()).get('/api/public/matching/skills').query({ q: 'mag\u0000azzino' });
      expectProblem(query, 400, 'VALIDATION_FAILED', '/q');
      const body = await send(mario, 'post', '/api/citizen/dossier/messages', { body: 'ciao\u0000' });
      expectProblem(body, 400, 'VALIDATION_FAILED', '/body');
      const nested = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ languages: [{ language: 'en', level: 'B1\u0000' }] }));
      expectProblem(nested, 400, 'VALIDATION_FAILED', '/languages/0/level');
      const path = await request(http()).get('/api/public/invitations/abc%00def').set('Accept', 'application/json');
      expectProblem(path, 400, 'VALIDATION_FAILED', '/token');
    });

    it('refuses integers beyond the integer column range for ids', async () => {
      const one = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ occupationId: 2 ** 31 }));
      expectProblem(one, 400, 'VALIDATION_FAILED', '/occupationId');
      const many = await send(mario, 'put', '/api/citizen/matching/profile', {
        visibility: 'nobody',
        comuneIstat: '001272',
        maxKm: 10,
        ownVehicle: false,
        hours: 'any',
        shifts: false,
        contractTypes: [],
        targetOccupationIds: [],
        skillIds: [1e20],
        experiences: [],
        education: [],
        languages: [],
        licences: [],
        available: true,
      });
      expectProblem(many, 400, 'VALIDATION_FAILED', '/skillIds');
    });

    it('refuses null on an optional decimal instead of sending "null" to the database', async () => {
      const res = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ payMin: null }));
      expectProblem(res, 400, 'VALIDATION_FAILED', '/payMin');
    });

    it('refuses a decimal written with an exponent (1e-7) instead of crashing the validator', async () => {
      const res = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ payMax: 1e-7 }));
      expectProblem(res, 400, 'VALIDATION_FAILED', '/payMax');
    });
  });

  describe('finding 5: bad input is refused, not stored', () => {
    it('refuses a 10,000-item channels array', async () => {
      const before = await count('agenda.availability_rules');
      const res = await send(luca, 'post', '/api/operator/agenda/availability-rules', {
        officeId,
        serviceType: 'prima-accoglienza',
        weekday: 3,
        startTime: '09:00',
        endTime: '10:00',
        validFrom: '2099-01-01',
        channels: Array(10_000).fill('video'),
      });
      expectProblem(res, 400, 'VALIDATION_FAILED', '/channels');
      expect(await count('agenda.availability_rules')).toBe(before);
    });

    it('refuses date-times that are not RFC 3339 or do not exist, and dates that do not exist', async () => {
      const interview = await send(luca, 'post', `/api/operator/matching/applications/${randomUUID()}/interview`, { at: '2027-02-30T10:00:00Z', place: 'CPI Torino' });
      expectProblem(interview, 400, 'VALIDATION_FAILED', '/at');
      const receipt = await request(http()).post('/api/notifications/receipts/sms').send({ providerMessageId: 'x', status: 'read', occurredAt: '2027' });
      expectProblem(receipt, 400, 'VALIDATION_FAILED', '/occurredAt');
      const date = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ expiresOn: '2099-02-29' }));
      expectProblem(date, 400, 'VALIDATION_FAILED', '/expiresOn');
    });

    it('does not coerce a boolean into an integer', async () => {
      const res = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ positions: true }));
      expectProblem(res, 400, 'VALIDATION_FAILED', '/positions');
      const pathway = await send(luca, 'post', `/api/operator/patto/citizens/${randomUUID()}/assessment`, { skillsGap: 'none', needsSocialSupport: false, pathway: true });
      expectProblem(pathway, 400, 'VALIDATION_FAILED', '/pathway');
    });

    it('refuses a vacancy that expires in the past', async () => {
      const before = await count('matching.vacancies');
      const res = await send(luca, 'post', '/api/operator/matching/vacancies', vacancy({ expiresOn: '2020-01-31' }));
      expectProblem(res, 400, 'VALIDATION_FAILED', '/expiresOn');
      expect(await count('matching.vacancies')).toBe(before);
    });

    it('refuses a recruiting day with only some of its three time fields', async () => {
      const before = await count('matching.recruiting_days');
      const base = { officeId, title: 'Recruiting day', day: '2099-03-10', mode: 'in_person', place: 'CPI Torino, sala 1', vacancyIds: [] };
      const nulls = await send(luca, 'post', '/api/operator/matching/recruiting-days', { ...base, startTime: null, endTime: null, slotMinutes: 30 });
      expectProblem(nulls, 400, 'VALIDATION_FAILED', '/startTime');
      const noMinutes = await send(luca, 'post', '/api/operator/matching/recruiting-days', { ...base, startTime: '09:00', endTime: '10:00' });
      expectProblem(noMinutes, 400, 'VALIDATION_FAILED', '/slotMinutes');
      expect(await count('matching.recruiting_days')).toBe(before);
    });

    it('stores a non-ASCII upload name as the person wrote it (UTF-8, not latin1)', async () => {
      const up = await request(http())
        .post('/api/citizen/dossier/documents')
        .set('Cookie', mario.cookie)
        .set('X-CSRF-Token', mario.csrf)
        .field('type', 'certificate')
        .attach('file', PDF, 'diploma università – Torino.pdf');
      expect(up.status).toBe(201);
      expect(up.body.fileName).toBe('diploma università – Torino.pdf');
      const stored = await t.db.query(`SELECT file_name FROM dossier.documents WHERE id = $1`, [up.body.id]);
      expect(stored[0].file_name).toBe('diploma università – Torino.pdf');
    });
  });
});

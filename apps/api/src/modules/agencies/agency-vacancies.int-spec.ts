import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { FATIMA, MARIO, useMatchingApp } from '../matching/matching.test-kit';
import { registerAgencyClient, type AgencyClientKit } from './agencies.test-kit';

const V1 = '/api/agency/v1';

describe('agency vacancies: published into the matching engine, candidates under visibility and consent', () => {
  const { app, http, send, citizenId, profile, vacancy } = useMatchingApp();
  let agency: AgencyClientKit;
  let token: string;
  const post = (path: string, body: object) => request(http()).post(`${V1}${path}`).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', randomUUID()).send(body);
  const get = (path: string) => request(http()).get(`${V1}${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    agency = await registerAgencyClient(app());
    token = await agency.token();
  });

  it('refuses discriminatory wording with the same flags, publishes a clean vacancy', async () => {
    const refused = await post('/vacancies', vacancy({ title: 'Cercasi ragazza di bella presenza', description: 'Età massima 30 anni, nubile, per negozio in centro.' }));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'VACANCY_FLAGGED' });
    expect((refused.body as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/title', '/description']));
    expect((await get('/vacancies')).body).toEqual({ items: [] });

    const published = await post('/vacancies', vacancy());
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ status: 'published', title: 'Commesso/a reparto casse' });
    expect((await get('/vacancies')).body).toMatchObject({ items: [{ id: (published.body as { id: string }).id }] });
  });

  it('shows ranked candidates only where the profile is visible to agencies and the person consented, and not after revocation', async () => {
    const mario = await directSession(app().app, MARIO);
    const fatima = await directSession(app().app, FATIMA);
    expect((await send(mario, 'put', '/api/citizen/matching/profile', profile({ visibility: 'cpi_agencies' }))).status).toBe(200);
    expect((await send(fatima, 'put', '/api/citizen/matching/profile', profile())).status).toBe(200);
    const v = (await post('/vacancies', vacancy())).body as { id: string };

    // nobody consented yet: no one
    expect((await get(`/vacancies/${v.id}/candidates`)).body).toEqual({ items: [] });

    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const grant = await send(mario, 'post', '/api/citizen/consent/grants', { agencyId: agency.agencyId, parts: ['profile'], purpose: 'job_placement', validUntil });
    expect(grant.status).toBe(201);
    const grantId = (grant.body as { items: { id: string }[] }).items[0]!.id;
    const marioId = await citizenId(MARIO);
    const list = await get(`/vacancies/${v.id}/candidates`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ items: [{ citizenId: marioId, person: { consented: false }, explanation: { occupationMatch: 'same' } }] });
    expect(JSON.stringify(list.body)).not.toContain(MARIO);
    const reads = (await app().db.query(`SELECT details FROM audit.audit_events WHERE action = 'agencies.candidate.read' AND subject_fiscal_code = $1`, [MARIO])) as {
      details: Record<string, string>;
    }[];
    expect(reads).toEqual([{ details: { agencyId: agency.agencyId, grantId, purpose: 'job_placement', part: 'profile' } }]);

    // another agency's vacancy is not this agency's to read
    const other = await registerAgencyClient(app());
    const foreign = await request(http())
      .get(`${V1}/vacancies/${v.id}/candidates`)
      .set('Authorization', `Bearer ${await other.token()}`);
    expect(foreign.status).toBe(404);

    expect((await send(mario, 'post', `/api/citizen/consent/grants/${grantId}/revoke`, {})).status).toBe(200);
    expect((await get(`/vacancies/${v.id}/candidates`)).body).toEqual({ items: [] });
  });
});

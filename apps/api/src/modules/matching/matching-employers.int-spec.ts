import { loggedInAgent } from '../../../test/saml-login';
import type { TestApp } from '../../../test/test-app';
import { templateMessages } from '../notifications/notifications.test-kit';
import { FATIMA, GIULIA, LAURA, LUCA, MARIO, useMatchingApp } from './matching.test-kit';

describe('matching: what employers may publish and see (discrimination flags, consent, anonymised candidates)', () => {
  const kit = useMatchingApp();
  const { http, send, get, citizenId, vacancy, profile } = kit;
  let t: TestApp;
  beforeAll(() => {
    t = kit.app();
  });

  it('flags discriminatory requirements with reason and source, and publishes only once they are fixed', async () => {
    const laura = await loggedInAgent(http(), LAURA);
    const draft = await send(
      laura,
      'post',
      '/api/employer/matching/vacancies',
      vacancy({
        title: 'Cercasi ragazza di bella presenza',
        description: 'Età massima 30 anni, nubile, per negozio in centro.',
      }),
    );
    expect(draft.status).toBe(201);
    expect(draft.body.flags.map((f: { code: string }) => f.code).sort()).toEqual(['age_limit', 'appearance', 'family_status', 'gender']);
    expect(draft.body.flags.find((f: { code: string }) => f.code === 'gender')).toMatchObject({ field: 'title', excerpt: 'ragazza', source: expect.stringContaining('198/2006') });
    const refused = await send(laura, 'post', `/api/employer/matching/vacancies/${draft.body.id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('VACANCY_FLAGGED');
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(['/title', '/description']));
    const fixed = await send(
      laura,
      'put',
      `/api/employer/matching/vacancies/${draft.body.id}`,
      vacancy({ title: 'Addetto/a alle vendite', description: 'Vendita e cassa, orario pieno, per negozio in centro.' }),
    );
    expect(fixed.body.flags).toEqual([]);
    const published = await send(laura, 'post', `/api/employer/matching/vacancies/${draft.body.id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', moderation: 'pending', companyName: 'Officine Subalpine S.r.l.' });
    expect((await send(laura, 'put', `/api/employer/matching/vacancies/${draft.body.id}`, vacancy())).body.code).toBe('VACANCY_NOT_EDITABLE');
    // another company's referent does not see it; a citizen is refused the company area
    const mario = await loggedInAgent(http(), MARIO);
    expect((await get(mario, `/api/employer/matching/vacancies/${draft.body.id}`)).status).toBe(403);
  });

  it('never shows an employer a non-consenting or non-anonymised profile', async () => {
    const laura = await loggedInAgent(http(), LAURA);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const [mario, giulia, fatima] = [await loggedInAgent(http(), MARIO), await loggedInAgent(http(), GIULIA), await loggedInAgent(http(), FATIMA)];
    await send(mario, 'put', '/api/citizen/matching/profile', profile({ visibility: 'employers_anonymous' }));
    await send(giulia, 'put', '/api/citizen/matching/profile', profile({ visibility: 'cpi_agencies', comuneIstat: '001156' }));
    await send(fatima, 'put', '/api/citizen/matching/profile', profile({ visibility: 'nobody' }));
    const v = await send(laura, 'post', '/api/employer/matching/vacancies', vacancy({ title: 'Addetto/a cassa', description: 'Cassa e vendita in negozio.' }));
    await send(laura, 'post', `/api/employer/matching/vacancies/${v.body.id}/publish`);

    const cands = (await get(luca, `/api/operator/matching/vacancies/${v.body.id}/candidates`)).body.items.map((c: { fiscalCode: string }) => c.fiscalCode);
    expect(cands).toEqual(expect.arrayContaining([MARIO, GIULIA]));
    expect(cands).not.toContain(FATIMA);
    const hidden = await send(luca, 'post', `/api/operator/matching/vacancies/${v.body.id}/shortlist`, { citizenIds: [await citizenId(FATIMA)] });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ code: 'CANDIDATE_NOT_VISIBLE', errors: [{ pointer: '/citizenIds/0' }] });

    await send(luca, 'post', `/api/operator/matching/vacancies/${v.body.id}/shortlist`, { citizenIds: [await citizenId(MARIO), await citizenId(GIULIA)] });
    expect((await get(laura, `/api/employer/matching/vacancies/${v.body.id}/candidates`)).body.items).toEqual([]); // not sent yet
    await send(luca, 'post', `/api/operator/matching/vacancies/${v.body.id}/shortlist/send`);
    const shared = (await get(laura, `/api/employer/matching/vacancies/${v.body.id}/candidates`)).body.items;
    // Mario allows anonymous employers: shown as "Candidato 1", no contacts; Giulia (CPI and agencies only) is not shown
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ candidateNumber: 1, named: false, consent: 'pending' });
    expect(shared[0]).not.toHaveProperty('email');
    expect(shared[0]).not.toHaveProperty('displayName');
    expect(JSON.stringify(shared)).not.toContain('Rossi');
    expect(await templateMessages(t, 'matching.consent_request')).not.toHaveLength(0);

    const marioApp = (await get(mario, '/api/citizen/matching/applications')).body.items.find((a: { vacancyId: string }) => a.vacancyId === v.body.id);
    await send(mario, 'post', `/api/citizen/matching/applications/${marioApp.id}/consent`, { granted: true });
    const giuliaApp = (await get(giulia, '/api/citizen/matching/applications')).body.items.find((a: { vacancyId: string }) => a.vacancyId === v.body.id);
    await send(giulia, 'post', `/api/citizen/matching/applications/${giuliaApp.id}/consent`, { granted: true });
    const named = (await get(laura, `/api/employer/matching/vacancies/${v.body.id}/candidates`)).body.items;
    expect(named.map((c: { displayName: string; named: boolean }) => [c.displayName, c.named]).sort()).toEqual([
      ['Giulia Bianchi', true],
      ['Mario Rossi', true],
    ]);
    expect(named.find((c: { displayName: string }) => c.displayName === 'Mario Rossi').email).toBeTruthy();
  });
});

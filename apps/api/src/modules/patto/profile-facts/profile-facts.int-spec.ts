import { loggedInAgent } from '../../../../test/saml-login';
import { LUCA, useMatchingApp } from '../../matching/matching.test-kit';

const GIULIA = 'BNCGLI90A41F335M'; // citizen, Moncalieri: no DID yet in this database
const FATIMA = 'KHLFTM95M52Z330E'; // citizen, Torino (Luca's office)

/**
 * One fact, one owner, read by the other: the professional profile (matching) and the DID (patto) record the same
 * studies, jobs, languages and licences. The DID form starts from the profile; the profile starts from the DID; the
 * profiling counts what the profile says (no "no experience, no licence" after the person added both there).
 */
describe('DID and professional profile: pre-fill each other; profiling reads the profile', () => {
  const kit = useMatchingApp();
  const { http, send, get, citizenId, profile } = kit;

  it('the DID form is pre-filled from a saved professional profile', async () => {
    const giulia = await loggedInAgent(http(), GIULIA);
    const saved = await send(giulia, 'put', '/api/citizen/matching/profile', profile({ comuneIstat: '001156', licences: ['B'] }));
    expect(saved.status).toBe(200);
    const overview = await get(giulia, '/api/citizen/patto/did');
    expect(overview.status).toBe(200);
    expect(overview.body.active).toBeUndefined();
    expect(overview.body.prefill.profile).toEqual({
      education: [{ title: 'Diploma', eqfLevel: 4 }],
      jobs: [{ occupation: 'Commesso', from: '2015-01-01', to: '2026-06-30' }],
      languages: [{ language: 'en', level: 'A2' }],
      licences: ['B'],
    });
  });

  it('the professional profile is pre-filled from the DID; profiling counts the experience and licence added in the profile', async () => {
    const fatima = await loggedInAgent(http(), FATIMA);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const id = await citizenId(FATIMA);
    const filed = await send(fatima, 'post', '/api/citizen/patto/did', {
      workCondition: 'no_job',
      benefit: 'none',
      citizenship: 'MA',
      education: [{ title: 'Diploma di maturità', eqfLevel: 4 }],
      jobs: [],
      languages: [],
      licences: [],
      declaration: true,
    });
    expect(filed.status).toBe(201);
    // with an active DID the DID form is not shown: no profile pre-fill in the answer
    expect((await get(fatima, '/api/citizen/patto/did')).body.prefill.profile).toBeUndefined();
    const unsaved = await get(fatima, '/api/citizen/matching/profile');
    expect(unsaved.body.saved).toBe(false);
    expect(unsaved.body.education).toEqual([{ title: 'Diploma di maturità', eqfLevel: 4 }]);

    const before = await send(luca, 'post', `/api/operator/patto/citizens/${id}/profiling`);
    expect(before.status).toBe(201);
    const factorsBefore = before.body.factors.map((f: { factor: string }) => f.factor);
    expect(factorsBefore).toEqual(expect.arrayContaining(['no_work_experience', 'no_driving_licence']));

    expect((await send(fatima, 'put', '/api/citizen/matching/profile', profile({ licences: ['B'] }))).status).toBe(200);
    const after = await send(luca, 'post', `/api/operator/patto/citizens/${id}/profiling`);
    expect(after.status).toBe(201);
    const factorsAfter = after.body.factors.map((f: { factor: string }) => f.factor);
    expect(factorsAfter).not.toContain('no_work_experience');
    expect(factorsAfter).not.toContain('no_driving_licence');
  });
});

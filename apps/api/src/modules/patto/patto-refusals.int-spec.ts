import request from 'supertest';
import { loggedInAgent } from '../../../test/saml-login';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino

/** The route policies of patto, e-coach and the reserved area, as a citizen meets them. */
describe('patto: refusals by role and SPID level', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  type Agent = { cookie: string; csrf: string };
  const post = (a: Agent, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const put = (a: Agent, url: string, body: object) => request(http()).put(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: Agent, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const citizenId = (fc: string): Promise<string> => citizenIdOf(t, fc);

  it('refuses every operator and agency route to a citizen, and the signature routes to an L1 session', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const id = await citizenId(MARIO);
    const x = '00000000-0000-4000-8000-000000000000';
    const p = { id: '00000000-0000-4000-8000-000000000001' }; // the policy refuses before any lookup
    const routes: [string, string][] = [
      ['GET', '/api/operator/patto/worklist'],
      ['GET', `/api/operator/patto/citizens/${id}`],
      ['POST', `/api/operator/patto/citizens/${id}/profiling`],
      ['POST', `/api/operator/patto/citizens/${id}/assessment`],
      ['GET', '/api/operator/patto/templates'],
      ['POST', '/api/operator/patti'],
      ['GET', `/api/operator/patti/${p.id}`],
      ['PUT', `/api/operator/patti/${p.id}/draft`],
      ['POST', `/api/operator/patti/${p.id}/propose`],
      ['POST', `/api/operator/patti/${p.id}/countersign`],
      ['POST', `/api/operator/patti/${p.id}/in-person-signature`],
      ['POST', `/api/operator/patti/${p.id}/close`],
      ['GET', `/api/operator/patti/${p.id}/versions/1/pdf`],
      ['GET', '/api/operator/ecoach'],
      ['GET', `/api/operator/ecoach/${id}`],
      ['POST', `/api/operator/ecoach/${id}/nudge`],
      ['GET', `/api/operator/dossier/citizens/${id}/documents`],
      ['POST', `/api/operator/dossier/citizens/${id}/documents`],
      ['GET', `/api/operator/dossier/citizens/${id}/documents/${x}/content`],
      ['GET', `/api/operator/dossier/citizens/${id}/messages`],
      ['POST', `/api/operator/dossier/citizens/${id}/messages`],
      ['POST', `/api/operator/dossier/citizens/${id}/messages/${x}/read`],
      ['GET', `/api/operator/dossier/citizens/${id}/timeline`],
      ['GET', '/api/agency/v1/patti'],
      ['GET', `/api/agency/v1/patti/${p.id}`],
      ['POST', `/api/agency/v1/patti/${p.id}/signatures`],
    ];
    for (const [method, url] of routes) {
      const res = method === 'GET' ? await get(mario, url) : method === 'PUT' ? await put(mario, url, {}) : await post(mario, url, {});
      expect([method, url, res.status, res.headers['content-type']]).toEqual([method, url, 403, expect.stringContaining('application/problem+json')]);
    }
    const l1 = await loggedInAgent(http(), MARIO, { level: 1 });
    for (const url of [`/api/citizen/patti/${p.id}/signatures`, '/api/citizen/patto/did', '/api/citizen/dossier/messages']) {
      expect([url, (await post(l1, url, {})).status]).toEqual([url, 403]);
    }
  });
});

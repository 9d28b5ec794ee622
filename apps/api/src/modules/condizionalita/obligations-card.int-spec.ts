import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startSimulatorProcess, type SimulatorProcess } from '../../../test/national-systems-sim';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { FATIMA, MARIO } from './condizionalita.test-kit';

/**
 * What the home's obligations card reads: my cases (GET /cases, our own data) and my benefits with the obligations
 * they bring (GET /obligations, read from INPS through national-systems each time, no copy in our database). When
 * INPS does not answer in time, both still answer 200: the benefits with `benefitsAvailable: false`.
 */
describe('condizionalità: the data of the home obligations card, with INPS up and with INPS timing out', () => {
  let t: TestApp;
  let sim: SimulatorProcess;
  const http = () => t.app.getHttpServer();

  beforeAll(async () => {
    sim = await startSimulatorProcess(); // a simulator of its own: this file slows INPS down
    t = await startTestApp({ NATIONAL_SYSTEMS_URL: sim.url, NATIONAL_SYSTEMS_TIMEOUT_MS: '300', NATIONAL_SYSTEMS_ATTEMPTS: '1', EVENTS_POLL_MS: '60000' });
  });
  afterAll(async () => {
    await t?.close();
    await sim?.stop();
  });

  it('answers my benefits (type, status, since when) and the rules they bring, with their source', async () => {
    const mario = await directSession(t.app, MARIO);
    const res = await request(http()).get('/api/citizen/condizionalita/obligations').set('Cookie', mario.cookie);
    expect(res.status).toBe(200);
    expect(res.body.benefitsAvailable).toBe(true);
    expect(res.body.benefits).toHaveLength(1);
    const [naspi] = res.body.benefits;
    expect(naspi).toMatchObject({ benefit: 'NASPI', status: 'active', startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(naspi.obligations.find((o: { ruleCode: string }) => o.ruleCode === 'missed_appointment')).toMatchObject({
      ladder: ['cut_quarter_month', 'cut_month', 'loss'],
      legalSource: expect.stringContaining('art. 21 c.7'),
    });
    expect((await request(http()).get('/api/citizen/condizionalita/cases').set('Cookie', mario.cookie)).status).toBe(200);
  });

  it('INPS times out: the benefits are flagged unavailable (200, not 5xx) and the cases still answer', async () => {
    const fatima = await directSession(t.app, FATIMA); // never read before: not in the minute's cache
    await sim.control('mode', { latencyMs: 3000 });
    try {
      const obligations = await request(http()).get('/api/citizen/condizionalita/obligations').set('Cookie', fatima.cookie);
      expect(obligations.status).toBe(200);
      expect(obligations.body).toEqual({ benefitsAvailable: false, benefits: [] });
      const cases = await request(http()).get('/api/citizen/condizionalita/cases').set('Cookie', fatima.cookie);
      expect(cases.status).toBe(200);
      expect(cases.body).toMatchObject({ items: [], total: 0 });
    } finally {
      await sim.control('reset', {});
    }
  });

  it("is refused without a session: the benefits are the signed-in person's own", async () => {
    const res = await request(http()).get('/api/citizen/condizionalita/obligations');
    expect(res.status).toBe(401);
    expect(res.body.benefits).toBeUndefined();
  });
});

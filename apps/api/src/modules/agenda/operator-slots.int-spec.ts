import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { officeIdsByCode } from '../registry/registry.test-kit';

const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino

/**
 * Issue 11, finding 9: another office's free slots are listed (an operator can tell a person where there is room,
 * as the person could see it themselves) but without the names of that office's staff; own offices keep them.
 */
describe('agenda: free slots for operators', () => {
  let t: TestApp;
  let luca: DirectSession;
  let office: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    office = await officeIdsByCode(t);
    luca = await directSession(t.app, LUCA);
  });
  afterAll(() => t.close());
  type Slot = { officeId: string; operatorName?: string };
  const slots = async (officeId?: string): Promise<Slot[]> => {
    const res = await request(t.app.getHttpServer())
      .get('/api/operator/agenda/slots')
      .query({ serviceType: 'prima-accoglienza', days: 30, ...(officeId ? { officeId } : {}) })
      .set('Cookie', luca.cookie);
    expect(res.status).toBe(200);
    return res.body.items as Slot[];
  };

  it("shows another office's free slots without its staff's names", async () => {
    const other = await slots(office['CPI-MO']);
    expect(other.length).toBeGreaterThan(0);
    expect(other.filter((s) => 'operatorName' in s)).toEqual([]);
  });

  it('names the operator on slots of my own office, also in a list across offices', async () => {
    const own = await slots(office['CPI-TO']);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => typeof s.operatorName === 'string' && s.operatorName.length > 0)).toBe(true);
    const all = await slots();
    expect(new Set(all.map((s) => s.officeId)).size).toBeGreaterThan(1);
    for (const s of all) expect('operatorName' in s).toBe(s.officeId === office['CPI-TO']);
  });
});

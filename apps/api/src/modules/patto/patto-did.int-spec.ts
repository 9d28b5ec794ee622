import { loggedInAgent } from '../../../test/saml-login';
import type { TestApp } from '../../../test/test-app';
import { LUCA, MARIO, did, usePattoApp } from './patto.test-kit';

describe('patto: the DID (one at a time, status with its sources, history) and the channel the person chooses', () => {
  const kit = usePattoApp();
  const { http, post, put, get, citizenId } = kit;
  let t: TestApp;
  beforeAll(() => {
    t = kit.app();
  });

  it('files one DID at a time, derives the status with its sources, and keeps the history', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const bad = await post(mario, '/api/citizen/patto/did', { ...did, workCondition: 'notice_period' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/noticeEndDate');
    const rich = await post(mario, '/api/citizen/patto/did', { ...did, workCondition: 'low_income_work', lowIncomeKind: 'employee', expectedAnnualIncome: 9000 });
    expect(rich.status).toBe(422);
    expect(rich.body).toMatchObject({ code: 'DID_NOT_ELIGIBLE', errors: [{ pointer: '/expectedAnnualIncome' }] });
    expect(await t.db.query(`SELECT id FROM patto.dids`)).toEqual([]);

    const filed = await post(mario, '/api/citizen/patto/did', did);
    expect(filed.status).toBe(201);
    expect(filed.body.active).toMatchObject({ status: 'active', benefit: 'naspi', contactDays: 15 });
    expect(filed.body.employmentStatus.status).toBe('unemployed');
    expect(filed.body.employmentStatus.derivation[0].source).toContain('art. 19');
    expect(filed.body.prefill).toMatchObject({ fiscalCode: MARIO, givenName: 'Mario' });

    const again = await post(mario, '/api/citizen/patto/did', did);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DID_ALREADY_ACTIVE');
    // the invariant is the database's, not only the service's
    await expect(
      t.db.query(
        `INSERT INTO patto.dids (citizen_id, fiscal_code, work_condition, benefit, citizenship, sap, contact_deadline, contact_days) SELECT citizen_id, fiscal_code, work_condition, benefit, citizenship, sap, contact_deadline, contact_days FROM patto.dids`,
      ),
    ).rejects.toThrow(/dids_one_active_per_person/);

    const revoked = await post(mario, '/api/citizen/patto/did/revoke', { reason: 'Ho trovato lavoro' });
    expect(revoked.body.employmentStatus.status).toBe('not_unemployed');
    const refiled = await post(mario, '/api/citizen/patto/did', did);
    expect(refiled.status).toBe(201);
    expect(refiled.body.history.map((h: { status: string }) => h.status).sort()).toEqual(['active', 'revoked']);
  });

  it("advises a channel but stores and shows the person's own choice", async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const answers = ['device', 'email', 'spid', 'forms', 'upload', 'video'].map((q) => ({ questionId: q, answer: q === 'device' ? 'computer' : 'alone' }));
    const advice = await post(mario, '/api/citizen/patto/channel/assessment', { answers });
    expect(advice.body).toMatchObject({ advisedChannel: 'digital', score: advice.body.maxScore });
    const wrong = await post(mario, '/api/citizen/patto/channel/assessment', { answers: [{ questionId: 'email', answer: 'sometimes' }] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].pointer).toBe('/answers/0');
    const chosen = await put(mario, '/api/citizen/patto/channel/choice', { channel: 'in_person', needsHelp: true, languageNeeds: 'arabo' });
    expect(chosen.body).toMatchObject({ advisedChannel: 'digital', chosenChannel: 'in_person', needsHelp: true });
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const seen = await get(luca, `/api/operator/patto/citizens/${await citizenId(MARIO)}`);
    expect(seen.body.channel).toMatchObject({ chosenChannel: 'in_person', needsHelp: true, languageNeeds: 'arabo' });
  });
});

import { loggedInAgent } from '../../../test/saml-login';
import { addDays, todayRome } from '../../platform/time/rome-time';
import { content, did, LUCA, MARIO, usePattoApp } from './patto.test-kit';

/**
 * The due date for signing a proposed patto, as the person reads it (GET /api/citizen/patti): the proposal's day in
 * Rome + the dated parameter `patto_signature_days` in force that day (an OpenCPI setting, `verified = false`: the
 * sources give no term), overdue only after that day, gone once the patto is closed.
 */
describe('patto: the due date for signature in the patto response', () => {
  const { app, post, get, citizenId } = usePattoApp();

  it('is computed from the legal parameter in force, is overdue only after it, and is not shown for a closed patto', async () => {
    const t = app();
    const mario = await loggedInAgent(t.app.getHttpServer(), MARIO);
    const luca = await loggedInAgent(t.app.getHttpServer(), LUCA, { app: 'operator' });
    const id = await citizenId(MARIO);
    expect((await post(mario, '/api/citizen/patto/did', did)).status).toBe(201);
    expect((await post(luca, `/api/operator/patto/citizens/${id}/profiling`)).status).toBe(201);
    const created = await post(luca, '/api/operator/patti', { citizenId: id, ...content() });
    expect(created.status).toBe(201);
    const pattoId = created.body.id as string;
    // a draft waits for no signature: no due date
    expect(created.body.signatureDueDate).toBeUndefined();

    // the parameter is data: a new dated row (as a region would add) is the one in force for today's proposal
    const [seeded] = await t.db.query(`SELECT value::int AS days, verified FROM patto.legal_parameters WHERE key = 'patto_signature_days' ORDER BY valid_from DESC LIMIT 1`);
    expect(seeded).toEqual({ days: 15, verified: false });
    await t.db.query(
      `INSERT INTO patto.legal_parameters (key, valid_from, value, unit, source, verified, note) VALUES ('patto_signature_days', $1, 10, 'days', 'test', false, NULL)`,
      [todayRome()],
    );
    expect((await post(luca, `/api/operator/patti/${pattoId}/propose`)).status).toBe(201);
    const mine = async () => {
      const res = await get(mario, '/api/citizen/patti');
      expect(res.status).toBe(200);
      return res.body.items[0] as { signatureDueDate?: string; signatureOverdue?: boolean };
    };
    expect(await mine()).toMatchObject({ signatureDueDate: addDays(todayRome(), 10), signatureOverdue: false });
    // the operator reads the same date
    expect((await get(luca, `/api/operator/patti/${pattoId}`)).body).toMatchObject({ signatureDueDate: addDays(todayRome(), 10), signatureOverdue: false });

    // on the day itself: still in time; the day after: overdue
    await t.db.query(`UPDATE patto.patti SET signature_due_date = $2 WHERE id = $1`, [pattoId, todayRome()]);
    expect(await mine()).toMatchObject({ signatureDueDate: todayRome(), signatureOverdue: false });
    await t.db.query(`UPDATE patto.patti SET signature_due_date = $2 WHERE id = $1`, [pattoId, addDays(todayRome(), -1)]);
    expect(await mine()).toMatchObject({ signatureDueDate: addDays(todayRome(), -1), signatureOverdue: true });

    // closed: nothing waits for a signature any more
    expect((await post(luca, `/api/operator/patti/${pattoId}/close`, { reason: 'Trasferito ad altro CPI' })).status).toBe(201);
    const closed = await mine();
    expect(closed.signatureDueDate).toBeUndefined();
    expect(closed.signatureOverdue).toBeUndefined();
  });
});

import request from 'supertest';
import { loggedInAgent } from '../../../test/saml-login';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { addDays, todayRome } from '../../platform/time/rome-time';
import { citizenIdOf } from '../registry/registry.test-kit';
import { OverdueEventsJob } from './jobs/overdue-events.job';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino

const did = {
  workCondition: 'no_job',
  lastJobEndDate: '2026-06-30',
  benefit: 'naspi',
  citizenship: 'IT',
  education: [{ title: 'Diploma', eqfLevel: 4, year: 2004 }],
  jobs: [],
  languages: [],
  licences: ['B'],
  declaration: true,
};
const content = {
  pathway: 1,
  jobSearchActs: 'Quattro candidature al mese',
  contactFrequencyDays: 30,
  proofOfSearch: 'Registrarle nel piano',
  availability: { workshops: true, training: false, congruousOffers: true },
  actions: [{ type: 'training', title: 'Corso di saldatura', provider: 'cpi', dueDate: '2027-03-01' }],
};

/** Issue 13 producers: `patto.signature-overdue` and `plan.action-missed`, each published once. */
describe('patto: overdue events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  type Agent = { cookie: string; csrf: string };
  const post = (a: Agent, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const events = (type: string) => t.db.query(`SELECT aggregate_type, aggregate_id, version, payload FROM events.outbox WHERE type = $1`, [type]);

  it('gives a proposed patto a due date for signature, and publishes signature-overdue once past it, however often the job runs', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const citizenId = await citizenIdOf(t, MARIO);
    expect((await post(mario, '/api/citizen/patto/did', did)).status).toBe(201);
    expect((await post(luca, `/api/operator/patto/citizens/${citizenId}/profiling`)).status).toBe(201);
    const created = await post(luca, '/api/operator/patti', { citizenId, ...content });
    expect(created.status).toBe(201);
    const pattoId = created.body.id as string;
    expect((await post(luca, `/api/operator/patti/${pattoId}/propose`)).status).toBe(201);

    // the due date: the proposal's day in Rome + the dated legal parameter (15 days)
    const [p] = await t.db.query(`SELECT to_char(signature_due_date, 'YYYY-MM-DD') AS due, office_id FROM patto.patti WHERE id = $1`, [pattoId]);
    expect(p.due).toBe(addDays(todayRome(), 15));

    const job = t.app.get(OverdueEventsJob);
    expect(await job.run()).toEqual({ signatureOverdue: 0, actionsMissed: 0 });
    expect(await events('patto.signature-overdue')).toEqual([]);

    // the due date passes with the version still waiting for signatures
    await t.db.query(`UPDATE patto.patti SET signature_due_date = $2 WHERE id = $1`, [pattoId, addDays(todayRome(), -1)]);
    const runs = await Promise.all([job.run(), job.run()]); // two overlapping runs
    expect(runs.map((r) => r.signatureOverdue).sort()).toEqual([0, 1]);
    expect((await job.run()).signatureOverdue).toBe(0); // and a later one
    expect(await events('patto.signature-overdue')).toEqual([
      {
        aggregate_type: 'patto',
        aggregate_id: pattoId,
        version: 1,
        payload: { pattoId, citizenFiscalCode: MARIO, officeId: p.office_id, dueDate: addDays(todayRome(), -1) },
      },
    ]);

    // not on the day itself: only after it
    await t.db.query(`UPDATE patto.patti SET signature_due_date = $2, signature_overdue_published_at = NULL WHERE id = $1`, [pattoId, todayRome()]);
    expect((await job.run()).signatureOverdue).toBe(0);
    // a closed patto is not overdue
    await t.db.query(`UPDATE patto.patti SET signature_due_date = $2 WHERE id = $1`, [pattoId, addDays(todayRome(), -3)]);
    expect((await post(luca, `/api/operator/patti/${pattoId}/close`, { reason: 'Trasferito ad altro CPI' })).status).toBe(201);
    expect((await job.run()).signatureOverdue).toBe(0);
    expect(await events('patto.signature-overdue')).toHaveLength(1);
  });

  it('publishes plan.action-missed once for an action of a signed patto not done by its due date', async () => {
    const [p] = await t.db.query(`SELECT id, citizen_id, office_id FROM patto.patti`);
    await t.db.query(`UPDATE patto.patti SET status = 'signed' WHERE id = $1`, [p.id]);
    const yesterday = addDays(todayRome(), -1);
    const [late] = await t.db.query(
      `INSERT INTO patto.plan_items (citizen_id, patto_id, patto_version, source, kind, title, provider, due_date, status)
       VALUES ($1, $2, 1, 'patto', 'training', 'Corso di saldatura', 'cpi', $3, 'todo') RETURNING id`,
      [p.citizen_id, p.id, yesterday],
    );
    // done in time, or not due yet: nothing
    await t.db.query(
      `INSERT INTO patto.plan_items (citizen_id, patto_id, patto_version, source, kind, title, provider, due_date, status, status_at)
       VALUES ($1, $2, 1, 'patto', 'orientation', 'Colloquio', 'cpi', $3, 'done', now()), ($1, $2, 1, 'patto', 'orientation', 'Laboratorio', 'cpi', $4, 'todo', NULL)`,
      [p.citizen_id, p.id, yesterday, todayRome()],
    );
    const job = t.app.get(OverdueEventsJob);
    const runs = await Promise.all([job.run(), job.run()]);
    expect(runs.map((r) => r.actionsMissed).sort()).toEqual([0, 1]);
    expect((await job.run()).actionsMissed).toBe(0);
    expect(await events('plan.action-missed')).toEqual([
      {
        aggregate_type: 'patto',
        aggregate_id: p.id,
        version: 1,
        payload: { planItemId: late.id, pattoId: p.id, citizenFiscalCode: MARIO, officeId: p.office_id, kind: 'training', dueDate: yesterday },
      },
    ]);
  });
});

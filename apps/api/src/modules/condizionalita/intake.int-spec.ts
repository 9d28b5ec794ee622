import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { eventually } from '../../../test/eventually';
import { startSimulatorProcess, type SimulatorProcess } from '../../../test/national-systems-sim';
import type { DeliveredEvent } from '../../platform/events/event-consumers';
import { EventRelay } from '../../platform/events/event-relay';
import { queuedMessages } from '../notifications/notifications.test-kit';
import { ANNA, CHIARA, FATIMA, GABRIELE, GIULIA, LUCA, MARIO, caseBySource, intakeBySource, officeOf, publish, publishAttendance, romeDay } from './condizionalita.test-kit';
import { OpenCaseConsumer } from './consumers/open-case.consumer';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('condizionalità: cases from events, the justification window, who sees what', () => {
  let t: TestApp;
  let sim: SimulatorProcess;
  let relay: EventRelay;
  let mario: DirectSession;
  const http = () => t.app.getHttpServer();

  beforeAll(async () => {
    sim = await startSimulatorProcess(); // a simulator of its own: this file takes INPS down
    t = await startTestApp({ NATIONAL_SYSTEMS_URL: sim.url, NATIONAL_SYSTEMS_TIMEOUT_MS: '1000', EVENTS_POLL_MS: '60000', EVENTS_RETRY_BASE_MS: '10' });
    relay = t.app.get(EventRelay);
    mario = await directSession(t.app, MARIO);
  });
  afterAll(async () => {
    await t?.close();
    await sim?.stop();
  });

  it('opens one case for an event delivered twice, tells the person, and the database refuses a second case for the event', async () => {
    const ref = await publishAttendance(t.app, t.db, MARIO, romeDay(-1));
    await relay.drain();
    const c = await caseBySource(t.db, ref);
    expect(c).toMatchObject({ state: 'open', benefit: 'NASPI', deadline: romeDay(0) });
    // the same event again, straight to the consumer (as a relay that lost its own record would)
    const [row] = (await t.db.query(
      `SELECT id, type, version, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload, occurred_at AS "occurredAt"
      FROM events.outbox WHERE aggregate_id = $1`,
      [ref],
    )) as DeliveredEvent[];
    await t.db.transaction((m) => t.app.get(OpenCaseConsumer).handle({ ...row!, id: String(row!.id) }, m));
    expect(await relay.drain()).toBe(0);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM condizionalita.cases WHERE source_ref = $1`, [ref])).toEqual([{ n: 1 }]);
    expect(await intakeBySource(t.db, ref)).toEqual([{ outcome: 'case_opened', caseId: c!.id }]);
    await expect(
      t.db.query(
        `INSERT INTO condizionalita.cases (source_event_id, source_type, source_ref, citizen_id, citizen_fiscal_code, office_id, benefit, benefit_id, breach_code, occurred_on, deadline, window_parameter, state)
       SELECT source_event_id, source_type, 'again', citizen_id, citizen_fiscal_code, office_id, benefit, benefit_id, breach_code, occurred_on, deadline, window_parameter, 'open'
         FROM condizionalita.cases WHERE id = $1`,
        [c!.id],
      ),
    ).rejects.toThrow(/cases_source_event_key/);
    // told: what happened, what may follow, by when (Italian dates), with a link to the case
    const msgs = await queuedMessages(t, `condizionalita:${c!.id}:opened:%`); // by key, so by channel
    expect(msgs.map((x) => x.key.split(':').at(-1))).toEqual(['email', 'sms']);
    expect(msgs[0]!.body).toContain(romeDay(0).split('-').reverse().join('/'));
    expect(msgs[0]!.body).toContain('decurtazione di un quarto di una mensilità');
    expect(msgs[0]!.body).toContain(`/obblighi/${c!.id}`);
    // the proof of delivery notifications keep shows on the case page once the messages are sent
    const timeline = await eventually(async () => {
      const res = await request(http()).get(`/api/citizen/condizionalita/cases/${c!.id}`).set('Cookie', mario.cookie);
      const sent = (res.body.timeline as { kind: string; params: Record<string, string> }[]).filter((e) => e.kind === 'notification.delivery');
      return sent.length === 2 ? sent : null;
    });
    expect(timeline.map((e) => e.params['channel']).sort()).toEqual(['email', 'sms']);
    expect(timeline[0]!.params['status']).toBe('sent');
  });

  it('opens no case without a benefit that carries obligations, and records why', async () => {
    const none = await publishAttendance(t.app, t.db, LUCA, romeDay(-1)); // no benefit at all
    const suspended = await publishAttendance(t.app, t.db, GABRIELE, romeDay(-1)); // ADI suspended
    const desk = await publishAttendance(t.app, t.db, MARIO, romeDay(-1), 'absent_justified');
    const attended = await publishAttendance(t.app, t.db, MARIO, romeDay(-1), 'attended');
    const pattoId = '00000000-0000-4000-8000-00000000a001';
    await publish(t.app, t.db, 'patto.signature-overdue', pattoId, { pattoId, citizenFiscalCode: MARIO, officeId: await officeOf(t.db, MARIO), dueDate: romeDay(-2) });
    await relay.drain();
    expect(await intakeBySource(t.db, none)).toEqual([{ outcome: 'no_benefit', caseId: null }]);
    expect(await intakeBySource(t.db, suspended)).toEqual([{ outcome: 'no_benefit', caseId: null }]);
    expect(await intakeBySource(t.db, desk)).toEqual([{ outcome: 'justified_at_desk', caseId: null }]);
    expect(await intakeBySource(t.db, attended)).toEqual([]);
    expect(await intakeBySource(t.db, pattoId)).toEqual([{ outcome: 'no_rule', caseId: null }]); // NASpI: no rule for an unsigned patto
    for (const ref of [none, suspended, desk, attended, pattoId]) expect(await caseBySource(t.db, ref)).toBeUndefined();
  });

  it('opens an SFL case for a refused offer, with the loss the ladder gives (unverified source)', async () => {
    const refusalId = '00000000-0000-4000-8000-00000000b001';
    await publish(t.app, t.db, 'offer.refused', refusalId, {
      refusalId,
      citizenId: '00000000-0000-4000-8000-000000000001',
      fiscalCode: FATIMA,
      vacancyId: 'v',
      applicationId: 'a',
      benefit: 'SFL',
      rulesVersion: '1',
      checks: [],
    });
    await relay.drain();
    const c = await caseBySource(t.db, refusalId);
    expect(c).toMatchObject({ benefit: 'SFL', state: 'open' });
    const luca = await directSession(t.app, LUCA);
    const page = await request(http()).get(`/api/operator/condizionalita/cases/${c!.id}`).set('Cookie', luca.cookie);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ breachCode: 'offer_refused', prospectiveSanction: 'loss', prospectiveStep: 1, citizenFiscalCode: FATIMA });
  });

  it('keeps the event while INPS is down and opens the case when it is back', async () => {
    await sim.control('mode', { outage: true });
    const ref = await publishAttendance(t.app, t.db, CHIARA, romeDay(-1));
    await relay.drain();
    expect(await intakeBySource(t.db, ref)).toEqual([]);
    const [delivery] = (await t.db.query(
      `SELECT d.status, d.attempts FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id
      WHERE o.aggregate_id = $1 AND d.consumer = 'condizionalita.open-case'`,
      [ref],
    )) as { status: string; attempts: number }[];
    expect(delivery).toMatchObject({ attempts: 1 });
    expect(delivery!.status).not.toBe('done');
    await sim.control('mode', { outage: false });
    await relay.drain({ ignoreBackoff: true });
    expect(await caseBySource(t.db, ref)).toMatchObject({ benefit: 'DISCOLL', state: 'open' });
  });

  it('accepts a justification on the last day and refuses it the day after, naming the field', async () => {
    const yesterday = await publishAttendance(t.app, t.db, MARIO, romeDay(-1));
    await relay.drain();
    const lastDay = await caseBySource(t.db, yesterday);
    const open = (await request(http()).get('/api/citizen/condizionalita/cases').set('Cookie', mario.cookie)).body.items as {
      id: string;
      deadline: string;
      windowOpen: boolean;
      state: string;
    }[];
    const today = open.find((x) => x.id === lastDay!.id);
    expect(today).toMatchObject({ windowOpen: true, deadline: romeDay(0), state: 'open' });
    const upload = await request(http())
      .post('/api/citizen/dossier/documents')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .field('type', 'certificate')
      .attach('file', PDF, { filename: 'certificato.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(201);
    const post = (id: string, body: object) =>
      request(http()).post(`/api/citizen/condizionalita/cases/${id}/justification`).set('Cookie', mario.cookie).set('X-CSRF-Token', mario.csrf).send(body);
    const body = { reasonCode: 'illness_injury', text: 'Ero a letto con la febbre, allego il certificato medico.', documentIds: [upload.body.id] };
    const foreign = await post(today!.id, { ...body, documentIds: ['00000000-0000-4000-8000-00000000c001'] });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ code: 'JUSTIFICATION_DOCUMENT_UNKNOWN', errors: [{ pointer: '/documentIds/0' }] });
    const ok = await post(today!.id, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      state: 'justification_submitted',
      windowOpen: false,
      justification: { reasonCode: 'illness_injury', documents: [{ id: upload.body.id, fileName: 'certificato.pdf' }] },
    });
    expect(ok.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['case.opened', 'justification.submitted']));
    expect((await post(today!.id, body)).body.code).toBe('CASE_NOT_JUSTIFIABLE');

    // the day after the last day: 400, the error names the field
    const twoDaysAgo = await publishAttendance(t.app, t.db, MARIO, romeDay(-2));
    await relay.drain();
    const late = await caseBySource(t.db, twoDaysAgo);
    expect(late!.deadline).toBe(romeDay(-1));
    const refused = await post(late!.id, body);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'JUSTIFICATION_WINDOW_CLOSED', errors: [{ pointer: '/reasonCode', constraint: 'justificationWindow' }] });
    expect((await caseBySource(t.db, twoDaysAgo))!.state).toBe('open');
    const invalid = await post(late!.id, { reasonCode: 'tired', text: 'x' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/reasonCode', '/text']);
  });

  it('shows my obligations from INPS, and says so when INPS cannot answer', async () => {
    const res = await request(http()).get('/api/citizen/condizionalita/obligations').set('Cookie', mario.cookie);
    expect(res.status).toBe(200);
    expect(res.body.benefitsAvailable).toBe(true);
    const naspi = res.body.benefits[0];
    expect(naspi).toMatchObject({ benefit: 'NASPI', status: 'active', reasonCode: 'recipient_naspi' });
    expect(naspi.obligations.find((o: { ruleCode: string }) => o.ruleCode === 'missed_appointment')).toMatchObject({
      ladder: ['cut_quarter_month', 'cut_month', 'loss'],
      verified: true,
    });
    const anna = await directSession(t.app, ANNA); // never read before: not in the minute's cache
    await sim.control('mode', { outage: true });
    const down = await request(http()).get('/api/citizen/condizionalita/obligations').set('Cookie', anna.cookie);
    await sim.control('mode', { outage: false });
    expect(down.body).toEqual({ benefitsAvailable: false, benefits: [] });
  });

  it("lets nobody see someone else's case: another citizen, an operator of another office", async () => {
    const ref = await publishAttendance(t.app, t.db, GIULIA, romeDay(-1)); // ADI, CPI Moncalieri
    await relay.drain();
    const giulia = await caseBySource(t.db, ref);
    expect(giulia).toMatchObject({ benefit: 'ADI' });
    const luca = await directSession(t.app, LUCA);
    const anna = await directSession(t.app, ANNA);
    expect((await request(http()).get(`/api/citizen/condizionalita/cases/${giulia!.id}`).set('Cookie', mario.cookie)).body.code).toBe('CONDITIONALITY_CASE_NOT_FOUND');
    expect((await request(http()).get(`/api/citizen/condizionalita/cases/${giulia!.id}/letter`).set('Cookie', mario.cookie)).status).toBe(404);
    expect((await request(http()).get(`/api/operator/condizionalita/cases/${giulia!.id}`).set('Cookie', luca.cookie)).status).toBe(404);
    const [denied] = await t.db.query(`SELECT outcome FROM audit.audit_events WHERE action = 'condizionalita.case.read' AND resource_id = $1 AND actor_fiscal_code = $2`, [
      giulia!.id,
      LUCA,
    ]);
    expect(denied).toEqual({ outcome: 'denied' });
    const mine = await request(http()).get('/api/operator/condizionalita/cases').set('Cookie', luca.cookie);
    expect(mine.body.items.map((x: { id: string }) => x.id)).not.toContain(giulia!.id);
    const deadlines = mine.body.items.map((x: { deadline: string }) => x.deadline);
    expect([...deadlines].sort()).toEqual(deadlines); // soonest first
    const otherOffice = await request(http())
      .get('/api/operator/condizionalita/cases')
      .query({ officeId: await officeOf(t.db, GIULIA) })
      .set('Cookie', luca.cookie);
    expect(otherOffice.status).toBe(403);
    const annas = await request(http()).get('/api/operator/condizionalita/cases').query({ benefit: 'ADI', state: 'open' }).set('Cookie', anna.cookie);
    expect(annas.body.items.map((x: { id: string }) => x.id)).toContain(giulia!.id);
    expect(annas.body.items[0]).toMatchObject({ citizenFiscalCode: GIULIA, officeName: expect.any(String), citizenName: 'Giulia Bianchi' });
    expect((await request(http()).get('/api/operator/condizionalita/cases').set('Cookie', mario.cookie)).status).toBe(403); // a citizen only
  });
});

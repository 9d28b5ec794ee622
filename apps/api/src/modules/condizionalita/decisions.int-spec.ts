import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { EventRelay } from '../../platform/events/event-relay';
import { templateMessages } from '../notifications/notifications.test-kit';
import { GIORGIA, LUCA, MARIO, PAOLO, SARA, caseBySource, publishAttendance, romeDay } from './condizionalita.test-kit';
import { seedCondizionalitaDemo } from './seed/condizionalita-demo-seed';

describe('condizionalità: decisions, four eyes, measures to INPS, immutability, reversal', () => {
  let t: TestApp;
  let relay: EventRelay;
  let luca: DirectSession;
  let paolo: DirectSession;
  let sara: DirectSession;
  let mario: DirectSession;
  const http = () => t.app.getHttpServer();
  const post = (s: DirectSession, path: string, body: object) =>
    request(http()).post(`/api/operator/condizionalita/${path}`).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);
  const page = (s: DirectSession, id: string) => request(http()).get(`/api/operator/condizionalita/cases/${id}`).set('Cookie', s.cookie);
  /** A case of a missed appointment `daysAgo` days ago (window closed when ≥ 2). */
  const openCase = async (fiscalCode: string, daysAgo: number) => {
    const ref = await publishAttendance(t.app, t.db, fiscalCode, romeDay(-daysAgo));
    await relay.drain();
    return (await caseBySource(t.db, ref))!.id;
  };
  const published = async (measureId: string) =>
    (await t.db.query(`SELECT payload FROM events.outbox WHERE type = 'measure.decided' AND payload->>'measureId' = $1`, [measureId])) as { payload: Record<string, unknown> }[];
  const notJustified = { outcome: 'not_justified', reasonText: 'Nessuna giustificazione pervenuta entro il termine.' };

  beforeAll(async () => {
    t = await startTestApp({ EVENTS_POLL_MS: '60000', EVENTS_RETRY_BASE_MS: '10' });
    relay = t.app.get(EventRelay);
    luca = await directSession(t.app, LUCA);
    paolo = await directSession(t.app, PAOLO);
    sara = await directSession(t.app, SARA);
    mario = await directSession(t.app, MARIO);
  });
  afterAll(() => t?.close());

  it('a not-justified decision waits for a manager who is not the decider; confirmation publishes measure.decided once', async () => {
    const early = await openCase(GIORGIA, 1); // the person may still justify today
    expect((await post(luca, `cases/${early}/decision`, notJustified)).body.code).toBe('CASE_NOT_DECIDABLE');
    const missingReason = await post(luca, `cases/${early}/decision`, { outcome: 'not_justified' });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.errors[0].pointer).toBe('/reasonText');

    const a = await openCase(GIORGIA, 3);
    const decided = await post(luca, `cases/${a}/decision`, notJustified);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'pending_confirmation', decision: { outcome: 'not_justified', decidedByName: 'Luca Verdi' }, measures: [] });
    expect(decided.body).toMatchObject({ prospectiveSanction: 'cut_quarter_month', prospectiveStep: 1 });
    const byOperator = await post(luca, `cases/${a}/confirmation`, { outcome: 'confirmed' });
    expect(byOperator.status).toBe(403); // the operator role may not confirm
    // the manager decides another case himself: he cannot confirm it
    const b = await openCase(GIORGIA, 4);
    expect((await post(paolo, `cases/${b}/decision`, notJustified)).status).toBe(200);
    const self = await post(paolo, `cases/${b}/confirmation`, { outcome: 'confirmed' });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('FOUR_EYES_SAME_PERSON');

    const confirmed = await post(paolo, `cases/${a}/confirmation`, { outcome: 'confirmed' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'measure_confirmed', letterAvailable: true, decision: { confirmedByName: 'Paolo Colombo' } });
    const [measure] = confirmed.body.measures;
    expect(measure).toMatchObject({
      sanction: 'cut_quarter_month',
      step: 1,
      ruleCode: 'missed_appointment',
      ruleVersion: 'dlgs150-2015',
      verified: true,
      sendState: { state: 'waiting' },
    });
    expect((await post(paolo, `cases/${a}/confirmation`, { outcome: 'confirmed' })).body.code).toBe('CASE_NOT_PENDING_CONFIRMATION');
    const events = await published(measure.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      caseId: a,
      citizenFiscalCode: GIORGIA,
      benefit: 'NASPI',
      benefitId: 'INPS-NASPI-2026-000505',
      sanction: 'cut_quarter_month',
      reversalOf: null,
    });
    await relay.drain(); // the national-systems consumer sends it to the simulator
    expect((await page(luca, a)).body.measures[0].sendState).toMatchObject({ state: 'sent', attempts: 1 });
    const timeline = (await page(luca, a)).body.timeline.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['case.opened', 'decision.not_justified', 'confirmation.confirmed', 'measure.decided']));

    // the second confirmed breach under the same rule version: one monthly payment (the region admin confirms the manager's decision)
    const second = await post(sara, `cases/${b}/confirmation`, { outcome: 'confirmed' });
    expect(second.body.measures[0]).toMatchObject({ sanction: 'cut_month', step: 2 });
    const third = await openCase(GIORGIA, 5);
    await post(luca, `cases/${third}/decision`, notJustified);
    expect((await post(paolo, `cases/${third}/confirmation`, { outcome: 'confirmed' })).body.measures[0]).toMatchObject({ sanction: 'loss', step: 3 });
  });

  it('a decided case, its decision and its measure cannot be changed in the database', async () => {
    const [c] = (await t.db.query(`SELECT c.id, d.id AS "decisionId", m.id AS "measureId" FROM condizionalita.cases c
      JOIN condizionalita.decisions d ON d.case_id = c.id JOIN condizionalita.measures m ON m.case_id = c.id WHERE c.state = 'measure_confirmed' LIMIT 1`)) as {
      id: string;
      decisionId: string;
      measureId: string;
    }[];
    await expect(t.db.query(`UPDATE condizionalita.cases SET state = 'open' WHERE id = $1`, [c!.id])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM condizionalita.cases WHERE id = $1`, [c!.id])).rejects.toThrow(/delete refused/);
    await expect(t.db.query(`UPDATE condizionalita.decisions SET reason_text = 'altro' WHERE id = $1`, [c!.decisionId])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`UPDATE condizionalita.measures SET sanction = 'cut_month' WHERE id = $1`, [c!.measureId])).rejects.toThrow();
    await expect(t.db.query(`DELETE FROM condizionalita.measures WHERE id = $1`, [c!.measureId])).rejects.toThrow();
    // four eyes in the database too: a confirmer who is the decider
    await expect(
      t.db.query(
        `INSERT INTO condizionalita.decisions (case_id, outcome, reason_text, decided_by_staff_id, decided_by_name, status, confirmed_by_staff_id)
      SELECT case_id, outcome, reason_text, decided_by_staff_id, decided_by_name, 'returned', decided_by_staff_id FROM condizionalita.decisions WHERE id = $1`,
        [c!.decisionId],
      ),
    ).rejects.toThrow(/decisions_four_eyes_check/);
  });

  it('a returned decision puts the case back; a justified one closes it without a measure', async () => {
    const c = await openCase(MARIO, 2);
    await post(luca, `cases/${c}/decision`, notJustified);
    const returned = await post(paolo, `cases/${c}/confirmation`, { outcome: 'returned' });
    expect(returned.status).toBe(400); // the note is required when returning
    expect(returned.body.errors[0].pointer).toBe('/note');
    const back = await post(paolo, `cases/${c}/confirmation`, { outcome: 'returned', note: 'Verificare la raccomandata di convocazione.' });
    expect(back.body).toMatchObject({ state: 'open', measures: [] });
    expect(back.body.decision).toBeUndefined();
    const justified = await post(luca, `cases/${c}/decision`, { outcome: 'justified', reasonCode: 'serious_family_reasons' });
    expect(justified.body).toMatchObject({
      state: 'decided_justified',
      decision: { outcome: 'justified', reasonCode: 'serious_family_reasons' },
      measures: [],
      letterAvailable: false,
    });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM events.outbox WHERE type = 'measure.decided' AND payload->>'caseId' = $1`, [c])).toEqual([{ n: 0 }]);
    expect((await request(http()).get(`/api/citizen/condizionalita/cases/${c}/letter`).set('Cookie', mario.cookie)).body.code).toBe('MEASURE_LETTER_NOT_AVAILABLE');
    const justifiedMessages = await templateMessages(t, 'condizionalita.case_justified', 'email');
    expect(justifiedMessages.map((m) => m.key)).toContain(`condizionalita:${c}:justified:email`);
    expect((await post(luca, `cases/${c}/decision`, notJustified)).body.code).toBe('CASE_NOT_DECIDABLE');
  });

  it('the person gets the letter; an upheld appeal is a new measure referencing the old one, sent to INPS too', async () => {
    const c = await openCase(MARIO, 3);
    await post(luca, `cases/${c}/decision`, notJustified);
    const measure = (await post(paolo, `cases/${c}/confirmation`, { outcome: 'confirmed' })).body.measures[0];
    const letter = await request(http())
      .get(`/api/citizen/condizionalita/cases/${c}/letter`)
      .set('Cookie', mario.cookie)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(letter.status).toBe(200);
    expect(letter.headers['content-type']).toContain('application/pdf');
    expect((letter.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const mine = await request(http()).get(`/api/citizen/condizionalita/cases/${c}`).set('Cookie', mario.cookie);
    expect(mine.body).toMatchObject({ state: 'measure_confirmed', sanction: 'cut_quarter_month', letterAvailable: true });
    expect(mine.body.measures[0].sendState).toBeUndefined(); // operators only
    expect(mine.body.decision.decidedByName).toBeUndefined();

    const body = { appealReference: 'ANPAL-2026-0042', upheldOn: romeDay(0), reasonText: 'Il comitato ha accolto il ricorso: convocazione non ricevuta.' };
    expect((await post(luca, `measures/${measure.id}/reversal`, body)).status).toBe(403); // managers only
    const reversal = await post(paolo, `measures/${measure.id}/reversal`, body);
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ sanction: 'annulled', reversalOf: measure.id, appealReference: 'ANPAL-2026-0042' });
    expect((await post(paolo, `measures/${measure.id}/reversal`, body)).body.code).toBe('MEASURE_NOT_REVERSIBLE');
    expect((await post(paolo, `measures/${reversal.body.id}/reversal`, body)).body.code).toBe('MEASURE_NOT_REVERSIBLE');
    expect((await published(reversal.body.id))[0]!.payload).toMatchObject({ sanction: 'annulled', reversalOf: measure.id });
    const after = (await page(paolo, c)).body;
    expect(after.sanction).toBe('annulled');
    expect(after.measures).toEqual([
      expect.objectContaining({ id: measure.id, reversedBy: reversal.body.id }),
      expect.objectContaining({ id: reversal.body.id, reversalOf: measure.id }),
    ]);
    // a reversed breach no longer counts: the next one is again the first step
    const next = await openCase(MARIO, 4);
    await post(luca, `cases/${next}/decision`, notJustified);
    expect((await page(luca, next)).body).toMatchObject({ prospectiveSanction: 'cut_quarter_month', prospectiveStep: 1 });
  });

  it('seeds the demo (idempotent): missed appointments that open cases once the relay delivers them', async () => {
    expect(await seedCondizionalitaDemo(t.db)).toEqual({ events: 2 });
    expect(await seedCondizionalitaDemo(t.db)).toEqual({ events: 0 });
    await relay.drain();
    expect(await caseBySource(t.db, '0c0d0000-0000-4000-8000-000000000001')).toMatchObject({ state: 'open', benefit: 'NASPI', deadline: romeDay(1) });
    expect(await caseBySource(t.db, '0c0d0000-0000-4000-8000-000000000002')).toMatchObject({ state: 'open', deadline: romeDay(-3) });
  });

  it('serves the ladder as data, with sources and verified flags', async () => {
    const res = await request(http()).get('/api/operator/condizionalita/rules').set('Cookie', luca.cookie);
    expect(res.status).toBe(200);
    const naspi = res.body.items.filter((r: { benefit: string; ruleCode: string }) => r.benefit === 'NASPI' && r.ruleCode === 'missed_appointment');
    expect(naspi.map((r: { sanction: string }) => r.sanction)).toEqual(['cut_quarter_month', 'cut_month', 'loss']);
    expect(res.body.items.find((r: { benefit: string }) => r.benefit === 'ADI')).toMatchObject({ sanction: 'loss', verified: false });
    expect(res.body.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'justification_window_days', value: '1', unit: 'days', verified: true })]));
    expect((await request(http()).get('/api/operator/condizionalita/rules').set('Cookie', mario.cookie)).status).toBe(403);
  });
});

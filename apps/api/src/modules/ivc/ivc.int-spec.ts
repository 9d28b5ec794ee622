import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import type { TestApp } from '../../../test/test-app';
import { pdfsig } from '../../platform/pdf/pdf-seal.test-kit';
import { MatchingEngineService } from '../matching/engine/matching-engine.service';
import { useMatchingApp } from '../matching/matching.test-kit';
import { staffOf } from '../registry/registry.test-kit';
import { CHIARA, importTestQualification } from './ivc.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const FATIMA = 'KHLFTM95M52Z330E'; // citizen, CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen, CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino: the guide
const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * IVC (issue 15) through HTTP on real PostgreSQL: request → identification → validation → certification with sealed
 * outputs and Open Badges; the guide can never assess (service and database); the citizen never sees an unfinished
 * validation as final; scope; bad input; audit; validated competences shrink the distance to a vacancy.
 */
describe('ivc: validation and certification of competences', () => {
  const kit = useMatchingApp();
  const { ids, citizenId, profile, vacancy } = kit;
  let t: TestApp;
  let mario: DirectSession, luca: DirectSession, chiara: DirectSession, anna: DirectSession, giulia: DirectSession, fatima: DirectSession;
  let qualificationId = '';
  let comp: Record<'C1' | 'C2' | 'C3', string>;
  const http = () => t.app.getHttpServer();
  const send = (a: DirectSession, method: 'post' | 'put' | 'delete', url: string, body?: object) =>
    request(http())[method](url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const binary = (a: DirectSession, url: string) =>
    get(a, url)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = kit.app();
    mario = await directSession(t.app, MARIO);
    luca = await directSession(t.app, LUCA);
    chiara = await directSession(t.app, CHIARA);
    anna = await directSession(t.app, ANNA);
    giulia = await directSession(t.app, GIULIA);
    fatima = await directSession(t.app, FATIMA);
    qualificationId = await importTestQualification(t.db);
    const q = (await get(mario, '/api/citizen/ivc/qualifications?q=prova')).body.items[0];
    comp = Object.fromEntries(q.competences.map((c: { code: string; id: string }) => [c.code, c.id])) as typeof comp;
  }, 60_000);

  it('runs request → identification → validation → certification, with sealed outputs and badges, and the profile gains the competences', async () => {
    // Mario's profile has cash and sales; a vacancy of his office needs cash and display
    const marioId = await citizenId(MARIO);
    expect((await send(mario, 'put', '/api/citizen/matching/profile', profile({ skillIds: [ids.cash, ids.sales] }))).status).toBe(200);
    const officeId = (await staffOf(t, LUCA)).officeId;
    const v = vacancy({
      skills: [
        { skillId: ids.cash, weight: 5, required: true },
        { skillId: ids.display, weight: 5, required: true },
      ],
    });
    const vacancyId = (await send(luca, 'post', '/api/operator/matching/vacancies', { ...v, officeId })).body.id as string;
    expect((await send(luca, 'post', `/api/operator/matching/vacancies/${vacancyId}/publish`)).body.status).toBe('published');
    const before = (await t.app.get(MatchingEngineService).pair(marioId, vacancyId))!;
    expect(before.row.missing_required).toEqual([ids.display]);

    // the citizen asks; a second request for the same qualification is refused while the first is open
    const asked = await send(mario, 'post', '/api/citizen/ivc/cases', { qualificationId, note: 'Ho lavorato tre anni in negozio' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ phase: 'in_progress', outputs: [], validatedCompetenceIds: [] });
    const caseId = asked.body.id as string;
    expect((await send(mario, 'post', '/api/citizen/ivc/cases', { qualificationId })).body.code).toBe('IVC_CASE_ALREADY_OPEN');

    // identification: Luca (Mario's office) takes charge and builds the dossier
    expect((await get(luca, '/api/operator/ivc/cases')).body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const taken = await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/take-charge`);
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ state: 'identification', guideName: 'Luca Verdi', actions: ['add_evidence', 'close_identification'] });
    expect(taken.body.profileExperiences).toEqual([{ index: 0, title: 'Commesso', from: '2015-01-01', to: '2026-06-30' }]);
    const doc = await request(http())
      .post(`/api/operator/dossier/citizens/${marioId}/documents`)
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .field('type', 'certificate')
      .attach('file', PDF, { filename: 'attestato-haccp.pdf', contentType: 'application/pdf' });
    expect(doc.status).toBe(201);
    expect((await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/evidence`, { kind: 'experience', experienceIndex: 0, competenceIds: [comp.C1] })).status).toBe(201);
    expect((await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/evidence`, { kind: 'document', documentId: doc.body.id })).status).toBe(201);
    const noted = await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/evidence`, { kind: 'note', text: 'Colloquio del 3 dicembre' });
    expect(noted.body.evidence.map((e: { kind: string; label: string }) => [e.kind, e.label])).toEqual([
      ['experience', 'Commesso · 2015-01-01–2026-06-30'],
      ['document', 'attestato-haccp.pdf'],
      ['note', 'Colloquio del 3 dicembre'],
    ]);
    // the assessor cannot start before identification is closed
    expect((await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/assessment`)).body.code).toBe('IVC_CASE_STATE_INVALID');
    const identified = await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/identification/close`, { summary: 'Esperienza di vendita e allestimento documentata.' });
    expect(identified.status).toBe(200);
    expect(identified.body.state).toBe('awaiting_validation');
    expect(identified.body.outputs).toEqual([expect.objectContaining({ kind: 'transparency', hasBadge: true })]);

    // validation by Chiara (assessor of the region, not the guide)
    expect((await get(chiara, '/api/operator/ivc/assessments')).body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    expect((await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/assessment`)).body).toMatchObject({ state: 'validation', assessorName: 'Chiara Moretti' });
    const judged = await send(chiara, 'put', `/api/operator/ivc/cases/${caseId}/judgements`, {
      items: [
        { competenceId: comp.C1, outcome: 'validated', notes: 'Allestimenti documentati da foto e referenze.' },
        { competenceId: comp.C2, outcome: 'not_validated', notes: 'Nessuna evidenza di uso del carrello.' },
      ],
    });
    expect(judged.status).toBe(200);
    // while validation is open the citizen sees it in progress: no outcome, only the finished transparency document
    const open = (await get(mario, `/api/citizen/ivc/cases/${caseId}`)).body;
    expect(open).toMatchObject({ phase: 'in_progress', validatedCompetenceIds: [] });
    expect(open.outputs.map((o: { kind: string }) => o.kind)).toEqual(['transparency']);
    expect(JSON.stringify(open)).not.toMatch(/not_validated|Nessuna evidenza/);
    expect((await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/validation/close`)).body.code).toBe('IVC_JUDGEMENTS_INCOMPLETE');
    await send(chiara, 'put', `/api/operator/ivc/cases/${caseId}/judgements`, {
      items: [{ competenceId: comp.C3, outcome: 'validated', notes: 'Referenze del datore di lavoro.' }],
    });
    const validated = await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/validation/close`);
    expect(validated.body.state).toBe('validated');

    // the validated competence (display) joined Mario's profile: the vacancy misses nothing required any more
    const after = (await t.app.get(MatchingEngineService).pair(marioId, vacancyId))!;
    expect(after.row.missing_required).toEqual([]);
    expect(after.score).toBeGreaterThan(before.score);
    expect((await get(mario, '/api/citizen/matching/profile')).body.skills.map((s: { id: number }) => s.id)).toEqual(expect.arrayContaining([ids.display]));
    expect((await get(mario, '/api/citizen/matching/profile')).body.skills.map((s: { id: number }) => s.id)).not.toContain(ids.forklift); // C2 was not validated

    // certification: the commission's result, recorded by an assessor of the region
    expect((await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/certification`, { outcome: 'passed', examDate: 'ieri', commissionRef: 'V-1' })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: expect.arrayContaining([expect.objectContaining({ pointer: '/examDate' })]),
    });
    const certified = await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/certification`, {
      outcome: 'passed',
      examDate: '2026-11-30',
      commissionRef: 'Verbale 12/2026',
    });
    expect(certified.body.state).toBe('certified');

    const mine = (await get(mario, '/api/citizen/ivc/cases')).body.items[0];
    expect(mine).toMatchObject({ id: caseId, phase: 'certified' });
    expect(mine.validatedCompetenceIds.sort()).toEqual([comp.C1, comp.C3].sort());
    expect(mine.outputs.map((o: { kind: string }) => o.kind)).toEqual(['transparency', 'validation', 'certificate']);
    for (const o of mine.outputs as { id: string; pdfUrl: string; badgeUrl: string; sha256: string }[]) {
      const pdf = (await binary(mario, o.pdfUrl)).body as Buffer;
      expect(pdfsig(pdf)).toMatch(/Signature Validation: Signature is Valid/);
      const badge = await get(mario, o.badgeUrl);
      expect(badge.status).toBe(200);
      const payload = JSON.parse(Buffer.from(badge.text.split('.')[1]!, 'base64url').toString());
      const vc = (payload.vc ?? payload) as { type: string[] };
      expect(vc.type).toContain('OpenBadgeCredential');
    }
    // the operator reads the same PDFs; someone else's output is not found
    expect((await binary(luca, `/api/operator/ivc/outputs/${mine.outputs[0].id}/pdf`)).status).toBe(200);
    expect((await get(giulia, mine.outputs[0].badgeUrl)).status).toBe(404);

    const audit = (await t.db.query(`SELECT DISTINCT action FROM audit.audit_events WHERE subject_fiscal_code = $1 AND action LIKE 'ivc.%'`, [MARIO])).map(
      (r: { action: string }) => r.action,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        'ivc.case.requested',
        'ivc.case.taken',
        'ivc.evidence.added',
        'ivc.identification.closed',
        'ivc.assessment.taken',
        'ivc.judgements.saved',
        'ivc.validation.closed',
        'ivc.exam.recorded',
        'ivc.case.read',
        'ivc.output.pdf',
        'ivc.output.badge',
      ]),
    );
  }, 60_000);

  it('never lets the guiding operator assess the same case: the service refuses with a stable code, and so does the database', async () => {
    const asked = await send(fatima, 'post', '/api/citizen/ivc/cases', { qualificationId });
    const caseId = asked.body.id as string;
    // Chiara is also an operator of CPI Torino: she guides Fatima's case
    expect((await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/take-charge`)).body.state).toBe('identification');
    await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/evidence`, { kind: 'note', text: 'Colloquio' });
    const closed = await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/identification/close`, { summary: 'Sintesi del colloquio con Fatima.' });
    expect(closed.body.actions).toEqual([]); // no take_assessment for the guide
    const refused = await send(chiara, 'post', `/api/operator/ivc/cases/${caseId}/assessment`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('IVC_ASSESSOR_IS_GUIDING_OPERATOR');
    // Luca (an operator, not an assessor) cannot either: the policy refuses him
    expect((await send(luca, 'post', `/api/operator/ivc/cases/${caseId}/assessment`)).status).toBe(403);
    // the database refuses the guide as assessor even when a statement skips the service
    const assessorId = (await t.db.query(`SELECT id FROM ivc.assessors WHERE fiscal_code = $1`, [CHIARA]))[0].id;
    await expect(
      t.db.query(`UPDATE ivc.cases SET state = 'validation', assessor_id = $2, assessor_fiscal_code = guide_fiscal_code, assessor_name = 'x' WHERE id = $1`, [caseId, assessorId]),
    ).rejects.toThrow(/cases_assessor_not_guide_check/);
    expect((await get(fatima, `/api/citizen/ivc/cases/${caseId}`)).body.phase).toBe('in_progress');
  });

  it('keeps cases in scope: another office, another person, a non-assessor get nothing; bad input names the field', async () => {
    const caseId = (await get(mario, '/api/citizen/ivc/cases')).body.items[0].id as string;
    expect((await get(anna, `/api/operator/ivc/cases/${caseId}`)).body.code).toBe('IVC_CASE_NOT_FOUND');
    expect((await get(giulia, `/api/citizen/ivc/cases/${caseId}`)).body.code).toBe('IVC_CASE_NOT_FOUND');
    expect((await send(luca, 'put', `/api/operator/ivc/cases/${caseId}/judgements`, { items: [] })).status).toBe(403);
    expect((await get(mario, '/api/operator/ivc/cases')).status).toBe(403);

    const bad = await send(giulia, 'post', '/api/citizen/ivc/cases', { qualificationId: 'not-a-uuid' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '/qualificationId' })]);
    const unknown = await send(giulia, 'post', '/api/citizen/ivc/cases', { qualificationId: '1ec00000-0000-4000-8000-000000000099' });
    expect(unknown.body.code).toBe('IVC_QUALIFICATION_NOT_FOUND');

    const g = await send(giulia, 'post', '/api/citizen/ivc/cases', { qualificationId });
    await send(anna, 'post', `/api/operator/ivc/cases/${g.body.id}/take-charge`);
    const wrongKind = await send(anna, 'post', `/api/operator/ivc/cases/${g.body.id}/evidence`, { kind: 'video' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/kind');
    const noExperience = await send(anna, 'post', `/api/operator/ivc/cases/${g.body.id}/evidence`, { kind: 'experience', experienceIndex: 3 });
    expect(noExperience.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/experienceIndex' }] });
    const foreign = await send(anna, 'post', `/api/operator/ivc/cases/${g.body.id}/evidence`, { kind: 'note', text: 'x', competenceIds: ['1ec00000-0000-4000-8000-000000000099'] });
    expect(foreign.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/competenceIds/0' }] });
    expect((await send(luca, 'post', `/api/operator/ivc/cases/${g.body.id}/evidence`, { kind: 'note', text: 'x' })).body.code).toBe('IVC_CASE_NOT_FOUND');
    expect((await send(anna, 'post', `/api/operator/ivc/cases/${g.body.id}/identification/close`, { summary: 'Sintesi senza evidenze.' })).body.code).toBe('IVC_EVIDENCE_REQUIRED');
  });
});

import request from 'supertest';
import { loggedInAgent } from '../../../test/saml-login';
import type { TestApp } from '../../../test/test-app';
import { templateMessages } from '../notifications/notifications.test-kit';
import { agencyByCode, seededCitizens } from '../registry/registry.test-kit';
import { EcoachService } from './plan/ecoach.service';
import { PlanService } from './plan/plan.service';
import { ANNA, DAVIDE, LUCA, MARIO, PDF, content, did, usePattoApp } from './patto.test-kit';

describe('patto: profiling, the patto signed remotely with evidence, plan, e-coach, reserved area', () => {
  const kit = usePattoApp();
  const { http, post, put, get, citizenId, codeSent } = kit;
  let t: TestApp;
  beforeAll(async () => {
    t = kit.app();
    // where patto-did.int-spec.ts leaves the person: a DID filed, and the channel they chose
    const mario = await loggedInAgent(http(), MARIO);
    expect((await post(mario, '/api/citizen/patto/did', did)).status).toBe(201);
    expect((await put(mario, '/api/citizen/patto/channel/choice', { channel: 'in_person', needsHelp: true, languageNeeds: 'arabo' })).status).toBe(200);
  });

  it('profiles, drafts, proposes; the person signs with a code; refusals for wrong, expired, changed and L1; evidence and PDF', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    const mario = await loggedInAgent(http(), MARIO);
    const id = await citizenId(MARIO);

    // an operator of another office does not see the person
    expect((await post(anna, `/api/operator/patto/citizens/${id}/profiling`)).status).toBe(404);
    const prof = await post(luca, `/api/operator/patto/citizens/${id}/profiling`);
    expect(prof.status).toBe(201);
    expect(prof.body.index).toBeGreaterThan(0);
    expect(prof.body.factors.map((f: { factor: string }) => f.factor)).toContain('benefit_recipient');
    expect(prof.body.modelNote).toContain('illustrativo');
    const override = await post(luca, `/api/operator/patto/citizens/${id}/assessment`, { skillsGap: 'none', needsSocialSupport: false, pathway: 3 });
    expect(override.status).toBe(400);
    expect(override.body.errors[0].pointer).toBe('/overrideReason');
    const assessed = await post(luca, `/api/operator/patto/citizens/${id}/assessment`, { skillsGap: 'none', needsSocialSupport: false, pathway: 1 });
    expect(assessed.body).toMatchObject({ suggestedPathway: 1, chosenPathway: 1 });

    const agencyId = (await agencyByCode(t, 'PIE-APL-001')).id;
    const created = await post(luca, '/api/operator/patti', { citizenId: id, ...content(agencyId) });
    expect(created.status).toBe(201);
    expect(created.body.versions[0].fullText).toContain('a) Responsabile delle attività: Luca Verdi');
    const second = await post(luca, '/api/operator/patti', { citizenId: id, ...content() });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('PATTO_ALREADY_ACTIVE');
    const pattoId = created.body.id as string;
    // a draft is not shown to the person, and cannot be signed
    expect((await get(mario, '/api/citizen/patti')).body.items[0].versions).toEqual([]);

    const proposed = await post(luca, `/api/operator/patti/${pattoId}/propose`);
    const v1 = proposed.body.versions[0];
    expect(v1).toMatchObject({ status: 'proposed', requiredParties: ['citizen', 'operator', 'agency'] });
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await put(luca, `/api/operator/patti/${pattoId}/draft`, content())).body.code).toBe('PATTO_NOT_EDITABLE');

    // L1 session: refused by the route policy
    const marioL1 = await loggedInAgent(http(), MARIO, { level: 1 });
    const l1 = await post(marioL1, `/api/citizen/patti/${pattoId}/signature-challenges`, { channel: 'sms' });
    expect(l1.status).toBe(403);

    const ch = await post(mario, `/api/citizen/patti/${pattoId}/signature-challenges`, { channel: 'sms' });
    expect(ch.status).toBe(201);
    expect(ch.body.sentTo).toMatch(/•••/);
    const code = await codeSent('sms');
    const stored = await t.db.query(`SELECT code_hash FROM patto.signature_challenges WHERE id = $1`, [ch.body.challengeId]);
    expect(stored[0].code_hash).not.toContain(code);
    expect(stored[0].code_hash).toMatch(/^k0:[0-9a-f]{61}$/); // the key id, then the HMAC under the OTP key (platform/keys)

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch.body.challengeId, code: wrongCode, documentSha256: v1.sha256 });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'SIGNATURE_CODE_INVALID', errors: [{ pointer: '/code' }] });
    expect((await t.db.query(`SELECT attempts FROM patto.signature_challenges WHERE id = $1`, [ch.body.challengeId]))[0].attempts).toBe(1);
    const changed = await post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch.body.challengeId, code, documentSha256: 'a'.repeat(64) });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('PATTO_DOCUMENT_CHANGED');
    // another session cannot use this session's code
    const otherSession = await loggedInAgent(http(), MARIO);
    expect((await post(otherSession, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch.body.challengeId, code, documentSha256: v1.sha256 })).body.code).toBe(
      'SIGNATURE_CODE_EXPIRED',
    );
    // expired
    await t.db.query(`UPDATE patto.signature_challenges SET expires_at = now() - interval '1 second' WHERE id = $1`, [ch.body.challengeId]);
    const expired = await post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch.body.challengeId, code, documentSha256: v1.sha256 });
    expect(expired.status).toBe(410);
    expect(await t.db.query(`SELECT id FROM patto.signatures`)).toEqual([]);

    const ch2 = await post(mario, `/api/citizen/patti/${pattoId}/signature-challenges`, { channel: 'email' });
    const code2 = await codeSent('email');
    const sign2 = (agencyConsentParts: string[]) =>
      post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch2.body.challengeId, code: code2, documentSha256: v1.sha256, agencyConsentParts });
    expect((await sign2(['salary'])).body).toMatchObject({ status: 400, errors: [expect.objectContaining({ pointer: '/agencyConsentParts', constraint: 'isIn' })] });
    // signing, Mario lets the agency named in the patto see his registry data and his plan (consent ledger, same transaction)
    const signed = await sign2(['registry', 'plan']);
    expect(signed.status).toBe(201);
    const grants = ((await get(mario, '/api/citizen/consent/grants')).body as { items: { agencyId: string; part: string; source: string; purpose: string }[] }).items;
    expect(grants.filter((g) => g.source === 'patto').map((g) => [g.agencyId, g.part, g.purpose])).toEqual(
      expect.arrayContaining([
        [agencyId, 'registry', 'gol_pathway'],
        [agencyId, 'plan', 'gol_pathway'],
      ]),
    );
    const ev = signed.body.versions[0].signatures[0];
    expect(ev).toMatchObject({ party: 'citizen', method: 'otp_remote', documentSha256: v1.sha256, spidLevel: 2, otpChannel: 'email', signerFiscalCode: MARIO });
    expect(ev.otpVerifiedAt).toBeTruthy();
    expect(ev.userAgent).toBeTruthy();
    expect((await post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch2.body.challengeId, code: '123456', documentSha256: v1.sha256 })).body.code).toBe(
      'PATTO_ALREADY_SIGNED',
    );

    // the agency sees it (it is a party) and signs; the operator countersigns: complete
    const davide = await loggedInAgent(http(), DAVIDE);
    expect((await get(davide, '/api/agency/v1/patti')).body.items.map((p: { id: string }) => p.id)).toEqual([pattoId]);
    expect((await post(davide, `/api/agency/v1/patti/${pattoId}/signatures`, { documentSha256: v1.sha256 })).status).toBe(201);
    const done = await post(luca, `/api/operator/patti/${pattoId}/countersign`, { documentSha256: v1.sha256 });
    expect(done.body).toMatchObject({ status: 'signed', versions: [{ status: 'signed' }] });
    // the agencies module is told, in the same transaction (it assigns the person to the agency the patto names)
    const signedEvents = await t.db.query(
      `SELECT payload->>'agencyId' AS "agencyId", payload->>'version' AS "version" FROM events.outbox WHERE type = 'patto.signed' AND aggregate_id = $1`,
      [pattoId],
    );
    expect(signedEvents).toEqual([{ agencyId, version: '1' }]);

    // immutable: the signed version and the evidence refuse changes in the database itself
    await expect(t.db.query(`UPDATE patto.patto_versions SET full_text = 'altro' WHERE patto_id = $1`, [pattoId])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`UPDATE patto.signatures SET ip = '1.2.3.4'`)).rejects.toThrow(/keeps proof/);
    await expect(t.db.query(`DELETE FROM patto.signatures`)).rejects.toThrow(/keeps proof/);
    await expect(t.db.query(`DELETE FROM patto.patto_versions WHERE patto_id = $1`, [pattoId])).rejects.toThrow(/delete refused/);

    const pdf = await request(http())
      .get(`/api/citizen/patti/${pattoId}/versions/1/pdf`)
      .set('Cookie', mario.cookie)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    // the actions joined the plan
    const plan = await get(mario, '/api/citizen/plan');
    expect(plan.body.items).toEqual([expect.objectContaining({ source: 'patto', title: 'Laboratorio sul curriculum', status: 'todo' })]);

    // an amendment is a new version with a readable diff; the signed one stays
    const amended = await put(luca, `/api/operator/patti/${pattoId}/draft`, { ...content(agencyId), contactFrequencyDays: 15 });
    expect(amended.body.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
    expect(amended.body.versions[1].diff.filter((l: { kind: string }) => l.kind === 'added').map((l: { text: string }) => l.text)).toContain(
      'd) Frequenza ordinaria dei contatti con il responsabile: ogni 15 giorni',
    );
  });

  it('agencies and operators see only their own patti', async () => {
    const davide = await loggedInAgent(http(), DAVIDE);
    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    const [p] = await t.db.query(`SELECT id FROM patto.patti`);
    expect((await get(anna, `/api/operator/patti/${p.id}`)).status).toBe(404);
    await t.db.query(`UPDATE patto.patti SET agency_id = $1`, [(await agencyByCode(t, 'PIE-APL-002')).id]);
    expect((await get(davide, `/api/agency/v1/patti/${p.id}`)).status).toBe(404);
    expect((await get(davide, '/api/agency/v1/patti')).body.items).toEqual([]);
    const mario = await loggedInAgent(http(), MARIO);
    expect((await get(mario, '/api/agency/v1/patti')).status).toBe(403);
    expect((await get(mario, '/api/operator/ecoach')).status).toBe(403);
  });

  it('logs activities with a proof, checks file type and size, shows them to the e-coach, alerts and nudges', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const future = await post(mario, '/api/citizen/plan/activities', { kind: 'application', title: 'Candidatura', date: '2099-01-01' });
    expect(future.body.errors[0].pointer).toBe('/date');
    const item = await post(mario, '/api/citizen/plan/activities', { kind: 'application', title: 'Candidatura tornitore', employer: 'Officine Rossi', date: '2026-11-20' });
    expect(item.status).toBe(201);
    const exe = await request(http())
      .post(`/api/citizen/plan/items/${item.body.id}/proof`)
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .attach('file', Buffer.from('MZ not a pdf'), 'ricevuta.pdf');
    expect(exe.status).toBe(415);
    expect(exe.body).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED', errors: [{ pointer: '/file' }] });
    const big = await request(http())
      .post(`/api/citizen/plan/items/${item.body.id}/proof`)
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .attach('file', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'grande.pdf');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('DOCUMENT_TOO_LARGE');
    expect(await t.db.query(`SELECT id FROM dossier.documents`)).toEqual([]);
    const ok = await request(http())
      .post(`/api/citizen/plan/items/${item.body.id}/proof`)
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .attach('file', PDF, 'ricevuta.pdf');
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ proofFileName: 'ricevuta.pdf' });

    const id = await citizenId(MARIO);
    const coach = await get(luca, '/api/operator/ecoach');
    expect(coach.body.items).toEqual([expect.objectContaining({ citizenId: id, activitiesLast30Days: 1, lastActivityOn: expect.any(String) })]);
    const person = await get(luca, `/api/operator/ecoach/${id}`);
    expect(person.body.activities.find((a: { title: string }) => a.title === 'Candidatura tornitore')).toMatchObject({ proofFileName: 'ricevuta.pdf' });
    const proof = await get(luca, `/api/operator/dossier/citizens/${id}/documents/${ok.body.proofDocumentId}/content`);
    expect(proof.status).toBe(200);

    // the sweep: a missed patto action raises an alert and nudges once
    await t.db.query(`UPDATE patto.plan_items SET due_date = '2026-01-01' WHERE source = 'patto'`);
    const sweep = await t.app.get(EcoachService).sweep();
    expect(sweep.opened).toBe(1);
    expect((await t.app.get(EcoachService).sweep()).opened).toBe(0);
    const alerts = (await get(luca, '/api/operator/ecoach')).body.items[0].alerts;
    expect(alerts).toEqual([expect.objectContaining({ kind: 'missed_action', detail: 'Laboratorio sul curriculum', nudgedAt: expect.any(String) })]);
    expect(await templateMessages(t, 'ecoach.nudge')).not.toHaveLength(0);
  });

  it('shows peer feedback only with at least 10 comparable people', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const plan = t.app.get(PlanService);
    const id = await citizenId(MARIO);
    const today = new Date().toISOString().slice(0, 10);
    expect(await plan.peers(id, today)).toBeNull();
    // 10 other people of the same office on the same pathway, i applications each this month
    const [src] = await t.db.query(`SELECT p.office_id, p.responsible_staff_id, v.content FROM patto.patti p JOIN patto.patto_versions v ON v.patto_id = p.id AND v.version = 1`);
    const others = await seededCitizens(t, 10, MARIO);
    for (const [i, c] of others.entries()) {
      const [p] = await t.db.query(
        `INSERT INTO patto.patti (citizen_id, citizen_fiscal_code, office_id, responsible_staff_id, status) VALUES ($1, $2, $3, $4, 'signed') RETURNING id`,
        [c.id, c.fiscalCode, src.office_id, src.responsible_staff_id],
      );
      await t.db.query(
        `INSERT INTO patto.patto_versions (patto_id, version, status, content, summary, full_text, required_parties, created_by) VALUES ($1, 1, 'draft', $2, '', '', '{}', $3)`,
        [p.id, src.content, LUCA],
      );
      for (let k = 0; k < i; k++)
        await t.db.query(`INSERT INTO patto.plan_items (citizen_id, source, kind, title, activity_date, status) VALUES ($1, 'own', 'application', 'x', $2, 'done')`, [c.id, today]);
    }
    const shown = (await get(mario, '/api/citizen/plan')).body.peers;
    expect(shown).toMatchObject({ groupSize: 10, medianApplications: 4.5 });
    expect(shown.myApplications).toBeGreaterThanOrEqual(0);
  });

  it('shares messages with read receipts, documents and one audited timeline', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const anna = await loggedInAgent(http(), ANNA, { app: 'operator' });
    const id = await citizenId(MARIO);
    const sent = await post(luca, `/api/operator/dossier/citizens/${id}/messages`, { body: 'Buongiorno, ha caricato il CV?' });
    expect(sent.status).toBe(201);
    expect((await post(anna, `/api/operator/dossier/citizens/${id}/messages`, { body: 'x' })).status).toBe(404);
    const inbox = await get(mario, '/api/citizen/dossier/messages');
    expect(inbox.body.items.at(-1)).toMatchObject({ senderRole: 'operator', body: 'Buongiorno, ha caricato il CV?' });
    expect(inbox.body.items.at(-1).readAt).toBeUndefined();
    await post(mario, `/api/citizen/dossier/messages/${sent.body.id}/read`);
    const after = await get(luca, `/api/operator/dossier/citizens/${id}/messages`);
    expect(after.body.items.at(-1).readAt).toEqual(expect.any(String));
    const up = await request(http())
      .post('/api/citizen/dossier/documents')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .field('type', 'cv')
      .attach('file', PDF, 'cv.pdf');
    expect(up.status).toBe(201);
    const badType = await request(http())
      .post('/api/citizen/dossier/documents')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .field('type', 'selfie')
      .attach('file', PDF, 'x.pdf');
    expect(badType.status).toBe(400);
    expect(badType.body.errors[0].pointer).toBe('/type');

    const timeline = await get(luca, `/api/operator/dossier/citizens/${id}/timeline`);
    const kinds = timeline.body.items.map((i: { kind: string }) => i.kind);
    for (const k of ['did.filed', 'profiling.computed', 'patto.proposed', 'patto.signature', 'plan.activity', 'document.uploaded', 'message.sent']) expect(kinds).toContain(k);
    // codes with params for the SPAs' catalogues; the summary stays, in Italian, for readers that do not know a code
    expect(timeline.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'patto.proposed', params: { version: 1 }, summary: 'Patto di servizio proposto (versione 1)' }),
        expect.objectContaining({ kind: 'plan.activity', params: { title: 'Candidatura tornitore' }, summary: 'Attività registrata: Candidatura tornitore' }),
        expect.objectContaining({ kind: 'document.uploaded', params: { fileName: expect.any(String) } }),
        expect.objectContaining({ kind: 'message.sent', params: { senderName: expect.any(String) } }),
      ]),
    );
    const audits = await t.db.query(`SELECT action, outcome FROM audit.audit_events WHERE subject_fiscal_code = $1 AND action LIKE 'dossier.%' ORDER BY occurred_at`, [MARIO]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['dossier.timeline.read', 'dossier.messages.read', 'dossier.document.uploaded', 'dossier.access']),
    );
    expect(audits.some((a: { action: string; outcome: string }) => a.action === 'dossier.access' && a.outcome === 'denied')).toBe(true);
  });
});

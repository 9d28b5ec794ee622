import { drawnText } from '../../platform/pdf/pdf-extract.test-kit';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { pdfsig } from '../../platform/pdf/pdf-seal.test-kit';
import { templateMessages } from '../notifications/notifications.test-kit';
import { ANNA, LUCA, MARIO, content, did } from '../patto/patto.test-kit';
import { citizenIdOf } from '../registry/registry.test-kit';

/**
 * Certificates (issue 15, first part) through HTTP on real PostgreSQL: sealed PDFs that `pdfsig` (poppler, not the
 * signing library) accepts and a changed byte breaks; public verification by code and by file; misses that say
 * nothing; revocation; office scope; the verifications the person sees; the rate limit of the public check.
 */
describe('certificazioni: sealed certificates anyone can verify', () => {
  let t: TestApp;
  let mario: DirectSession;
  let luca: DirectSession;
  let anna: DirectSession;
  let marioId: string;
  let address = 0;
  // each test's public calls come from their own address (TRUST_PROXY), so the small budget below bites only where meant
  const from = () => `203.0.113.${++address}`;
  const http = () => t.app.getHttpServer();
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const pdfOf = async (a: DirectSession, url: string): Promise<Buffer> =>
    (
      await get(a, url)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
    ).body as Buffer;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_SENSITIVE_PER_MINUTE: '6' });
    mario = await directSession(t.app, MARIO);
    luca = await directSession(t.app, LUCA);
    anna = await directSession(t.app, ANNA);
    marioId = await citizenIdOf(t, MARIO);
    expect((await post(mario, '/api/citizen/patto/did', did)).status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it('issues a sealed status attestation that pdfsig verifies; one changed byte breaks it; the code and the file verify', async () => {
    const issued = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'status_attestation', locale: 'it' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ kind: 'status_attestation', locale: 'it', status: 'valid', issuedVia: 'citizen' });
    expect(issued.body.code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    expect(issued.body.verifyUrl).toBe(`${t.env.CITIZEN_WEB_URL}/verifica/${issued.body.code}`);
    const snapshot = (await t.db.query(`SELECT snapshot FROM certificazioni.certificates WHERE id = $1`, [issued.body.id]))[0].snapshot;
    expect(snapshot.sections[0].rows).toEqual(expect.arrayContaining([{ label: 'status', value: 'unemployed', code: true }]));

    const pdf = await pdfOf(mario, `/api/citizen/certificazioni/certificates/${issued.body.id}/pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const out = pdfsig(pdf);
    expect(out).toMatch(/Signature Validation: Signature is Valid/);
    expect(out).toMatch(/Signature Type: ETSI\.CAdES\.detached/);
    expect(out).toMatch(/Total document signed/);
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Reason (') + 10; // a byte of the seal's reason, inside the signed range
    tampered[at] = tampered[at] === 0x58 ? 0x59 : 0x58;
    expect(pdfsig(tampered)).not.toMatch(/Signature is Valid/);

    const ip = from();
    const byCode = await request(http()).get(`/api/public/certificates/${issued.body.code.toLowerCase()}`).set('X-Forwarded-For', ip);
    expect(byCode.status).toBe(200);
    expect(byCode.body).toMatchObject({ outcome: 'authentic', kind: 'status_attestation', holderFiscalCode: MARIO, holderName: 'Mario Rossi', sha256: issued.body.sha256 });
    const byFile = await request(http()).post('/api/public/certificates/verify-file').set('X-Forwarded-For', ip).attach('file', pdf, 'certificato.pdf');
    expect(byFile.body).toMatchObject({ outcome: 'authentic', certificate: { code: issued.body.code } });
    const changed = await request(http()).post('/api/public/certificates/verify-file').set('X-Forwarded-For', ip).attach('file', tampered, 'certificato.pdf');
    expect(changed.body).toEqual({ outcome: 'not_found' });

    // the person sees the checks of their certificates (the miss of the changed file is nobody's)
    const seen = await get(mario, '/api/citizen/certificazioni/verifications');
    expect(seen.body.items.map((v: { method: string; outcome: string }) => `${v.method}:${v.outcome}`).sort()).toEqual(['code:authentic', 'file:authentic']);
    expect(seen.body.items[0].verifier).toMatch(/^[0-9a-f]{8}$/);
    const stored = await t.db.query(`SELECT verifier_hash FROM certificazioni.verifications`);
    expect(JSON.stringify(stored)).not.toContain(ip);
  }, 60_000);

  it('answers an unknown code with a bare 404 problem and records the miss', async () => {
    const miss = await request(http()).get('/api/public/certificates/AAAA-BBBB-CCCC-DDDD').set('X-Forwarded-For', from());
    expect(miss.status).toBe(404);
    expect(miss.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(miss.body.code).toBe('CERTIFICATE_NOT_FOUND');
    expect(JSON.stringify(miss.body)).not.toMatch(/RSSMRA|Mario|Rossi/);
    const bad = await request(http()).get('/api/public/certificates/not-a-code!').set('X-Forwarded-For', from());
    expect(bad.status).toBe(400);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM certificazioni.verifications WHERE outcome = 'not_found' AND method = 'code'`))[0].n).toBe(1);
    const notPdf = await request(http()).post('/api/public/certificates/verify-file').set('X-Forwarded-For', from()).attach('file', Buffer.from('hello'), 'x.pdf');
    expect(notPdf.status).toBe(400);
    expect(notPdf.body.errors[0].pointer).toBe('/file');
  });

  it('an operator of the person’s office issues at the desk and revokes; the page then says revoked; another office is refused', async () => {
    const issued = await post(luca, `/api/operator/certificazioni/citizens/${marioId}/certificates`, { kind: 'sap_extract', locale: 'en' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ kind: 'sap_extract', locale: 'en', issuedVia: 'operator' });
    const snapshot = (await t.db.query(`SELECT snapshot FROM certificazioni.certificates WHERE id = $1`, [issued.body.id]))[0].snapshot;
    expect(snapshot.sections.map((s: { key: string }) => s.key)).toEqual(['s1_anagrafica', 's2_amministrativi', 's4_esperienze', 's5_curriculari', 's6_politiche']);
    expect(snapshot.sections[2].rows[0].value).toContain('Operaio metalmeccanico');

    expect((await get(anna, `/api/operator/certificazioni/citizens/${marioId}/certificates`)).status).toBe(404);
    expect((await post(anna, `/api/operator/certificazioni/citizens/${marioId}/certificates`, { kind: 'status_history', locale: 'it' })).status).toBe(404);
    const refused = await post(anna, `/api/operator/certificazioni/certificates/${issued.body.id}/revoke`, { reason: 'prova di revoca' });
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await get(anna, `/api/operator/certificazioni/certificates/${issued.body.id}/pdf`)).status).toBe(404);

    const list = await get(luca, `/api/operator/certificazioni/citizens/${marioId}/certificates`);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(issued.body.id);
    expect((await post(luca, `/api/operator/certificazioni/certificates/${issued.body.id}/revoke`, { reason: 'x' })).status).toBe(400);
    const revoked = await post(luca, `/api/operator/certificazioni/certificates/${issued.body.id}/revoke`, { reason: 'Dati anagrafici da correggere' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokeReason: 'Dati anagrafici da correggere' });
    expect((await post(luca, `/api/operator/certificazioni/certificates/${issued.body.id}/revoke`, { reason: 'di nuovo' })).body.code).toBe('CERTIFICATE_ALREADY_REVOKED');

    const page = await request(http()).get(`/api/public/certificates/${issued.body.code}`).set('X-Forwarded-For', from());
    expect(page.body).toMatchObject({ outcome: 'revoked', kind: 'sap_extract' });
    expect(page.body.revokedAt).toBeTruthy();
    expect(page.body).not.toHaveProperty('revokeReason');
    const audit = await t.db.query(`SELECT action FROM audit.audit_events WHERE resource_id = $1 ORDER BY id`, [issued.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['certificazioni.certificate.issued', 'certificazioni.certificate.revoked']));
    // the database keeps a certificate as issued: only a revocation, once, changes it
    await expect(t.db.query(`UPDATE certificazioni.certificates SET kind = 'status_history', at_date = NULL WHERE id = $1`, [issued.body.id])).rejects.toThrow(
      /revoked and stays so/,
    );
  }, 60_000);

  it('refuses an attestation date in the future and a patto copy without a signed patto, naming the field', async () => {
    const future = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'status_attestation', locale: 'it', atDate: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ code: 'CERTIFICATE_DATE_INVALID', errors: [{ pointer: '/atDate' }] });
    const noPatto = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'patto_copy', locale: 'it', pattoId: '00000000-0000-4000-8000-000000000009' });
    expect(noPatto.status).toBe(422);
    expect(noPatto.body.errors[0].pointer).toBe('/pattoId');
    const badKind = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'diploma', locale: 'it' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0].pointer).toBe('/kind');
  });

  it('copies a signed patto and prints the status history with it', async () => {
    expect((await post(luca, `/api/operator/patto/citizens/${marioId}/profiling`)).status).toBe(201);
    expect((await post(luca, `/api/operator/patto/citizens/${marioId}/assessment`, { skillsGap: 'none', needsSocialSupport: false, pathway: 1 })).status).toBe(201);
    const pattoId = (await post(luca, '/api/operator/patti', { citizenId: marioId, ...content() })).body.id as string;
    const v1 = (await post(luca, `/api/operator/patti/${pattoId}/propose`)).body.versions[0];
    const ch = await post(mario, `/api/citizen/patti/${pattoId}/signature-challenges`, { channel: 'email' });
    const [m] = await templateMessages(t, 'patto.signature_code', 'email');
    const code = /\b(\d{6})\b/.exec(m!.body)![1]!;
    expect((await post(mario, `/api/citizen/patti/${pattoId}/signatures`, { challengeId: ch.body.challengeId, code, documentSha256: v1.sha256 })).status).toBe(201);
    expect((await post(luca, `/api/operator/patti/${pattoId}/countersign`, { documentSha256: v1.sha256 })).body.status).toBe('signed');

    const copy = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'patto_copy', locale: 'it', pattoId });
    expect(copy.status).toBe(201);
    expect(copy.body.pattoId).toBe(pattoId);
    const snap = (await t.db.query(`SELECT snapshot FROM certificazioni.certificates WHERE id = $1`, [copy.body.id]))[0].snapshot;
    expect(snap.sections.find((s: { key: string }) => s.key === 'text').text).toBe(v1.fullText);
    expect(snap.sections.find((s: { key: string }) => s.key === 'signatures').rows).toHaveLength(2);

    // a copy in Arabic: stored with its locale (the database check allows the five), sealed and valid
    const arabic = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'patto_copy', locale: 'ar', pattoId });
    expect(arabic.status).toBe(201);
    expect(arabic.body).toMatchObject({ kind: 'patto_copy', locale: 'ar' });
    const arabicPdf = await pdfOf(mario, `/api/citizen/certificazioni/certificates/${arabic.body.id}/pdf`);
    expect(pdfsig(arabicPdf)).toMatch(/Signature is Valid/);
    expect(await drawnText(arabicPdf)).toContain('نسخة مطابقة لاتفاق الخدمة الموقّع');
    const history = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'status_history', locale: 'en' });
    const h = (await t.db.query(`SELECT snapshot FROM certificazioni.certificates WHERE id = $1`, [history.body.id]))[0].snapshot;
    expect(h.sections.map((s: { key: string }) => s.key)).toEqual(['attestation', 'dids', 'patti', 'events']);
    expect(h.sections[2].rows).toEqual(expect.arrayContaining([{ label: 'status', value: 'signed', code: true }]));
    expect(pdfsig(await pdfOf(mario, `/api/citizen/certificazioni/certificates/${copy.body.id}/pdf`))).toMatch(/Signature is Valid/);
    const mine = await get(mario, '/api/citizen/certificazioni/certificates');
    expect(mine.body.items.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['status_attestation', 'sap_extract', 'patto_copy', 'status_history']));
  }, 60_000);

  it('limits public checks per address (429 after the budget)', async () => {
    const ip = from();
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await request(http()).get(`/api/public/certificates/AAAA-BBBB-CCCC-DDD${'ABCDEFGH'[i]}`).set('X-Forwarded-For', ip)).status);
    expect(codes.slice(0, 6)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(codes.slice(6)).toEqual([429, 429]);
    // another address is not affected
    expect((await request(http()).get('/api/public/certificates/AAAA-BBBB-CCCC-DDDD').set('X-Forwarded-For', from())).status).toBe(404);
  });
});

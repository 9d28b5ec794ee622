import request from 'supertest';
import { directSession, type DirectSession } from '../../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { partitaIva } from '../seed/demo-data';

const ELENA = 'CNTLNE79H61L219Y'; // a person with no company yet
const FATIMA = 'KHLFTM95M52Z330E'; // a colleague she invites
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const MONCALIERI = '001156';
const TORINO = '001272';

describe('companies: registration, review by the CPI of the main site, members, the employer area only once approved', () => {
  let t: TestApp;
  let elena: DirectSession;
  let luca: DirectSession;
  let anna: DirectSession;
  beforeAll(async () => {
    t = await startTestApp();
    [elena, luca, anna] = await Promise.all([directSession(t.app, ELENA), directSession(t.app, LUCA), directSession(t.app, ANNA)]);
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const get = (s: DirectSession, path: string) => http().get(path).set('Cookie', s.cookie);
  const send = (s: DirectSession, method: 'post' | 'delete', path: string, body?: object) => http()[method](path).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);
  const company = (over: Record<string, unknown> = {}) => ({
    name: 'Forneria Conti S.r.l.',
    vatNumber: partitaIva('0555444333'),
    atecoCode: '10.71.10',
    legalRepresentative: true,
    sites: [
      { comuneIstat: MONCALIERI, address: 'Via Roma 10' },
      { comuneIstat: TORINO, address: 'Corso Francia 5' },
    ],
    ...over,
  });
  let companyId: string;

  it('refuses an invalid partita IVA, an unknown comune and a missing declaration, naming the field', async () => {
    const vat = partitaIva('0555444333');
    const wrongCheck = `${vat.slice(0, 10)}${(Number(vat.charAt(10)) + 1) % 10}`;
    const bad = await send(elena, 'post', '/api/citizen/registry/companies', company({ vatNumber: wrongCheck }));
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/vatNumber', constraint: 'isPartitaIva' }] });
    const comune = await send(elena, 'post', '/api/citizen/registry/companies', company({ sites: [{ comuneIstat: '099999', address: 'Via Lontana 1' }] }));
    expect(comune.status).toBe(400);
    expect(comune.body.errors).toEqual([expect.objectContaining({ pointer: '/sites/0/comuneIstat', constraint: 'exists' })]);
    const undeclared = await send(elena, 'post', '/api/citizen/registry/companies', company({ legalRepresentative: false }));
    expect(undeclared.status).toBe(400);
    expect(undeclared.body.errors[0].pointer).toBe('/legalRepresentative');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM registry.companies WHERE name = 'Forneria Conti S.r.l.'`))[0].n).toBe(0);
  });

  it('registers a pending company that its declarant administers; the employer area refuses it with COMPANY_NOT_APPROVED', async () => {
    const res = await send(elena, 'post', '/api/citizen/registry/companies', company());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'pending',
      officeName: "Centro per l'Impiego di Moncalieri",
      canAdminister: true,
      sites: [
        { comuneIstat: MONCALIERI, comuneName: 'Moncalieri', address: 'Via Roma 10', main: true },
        { comuneIstat: TORINO, address: 'Corso Francia 5', main: false },
      ],
      members: [{ fiscalCode: ELENA, givenName: 'Elena', familyName: 'Conti', admin: true }],
    });
    companyId = res.body.id;
    // the session gets the employer role at once (membership is read per request), but nothing opens while pending
    expect((await get(elena, '/api/auth/session')).body.user.roles).toContain('employer');
    const vacancies = await get(elena, '/api/employer/matching/vacancies');
    expect(vacancies.status).toBe(403);
    expect(vacancies.body.code).toBe('COMPANY_NOT_APPROVED');
    const invite = await send(elena, 'post', `/api/employer/registry/companies/${companyId}/members`, { fiscalCode: FATIMA, givenName: 'Fatima', familyName: 'Khalil' });
    expect(invite.body.code).toBe('COMPANY_NOT_APPROVED');
    expect((await get(elena, '/api/citizen/registry/companies')).body.items).toEqual([expect.objectContaining({ id: companyId, status: 'pending' })]);
    const again = await send(elena, 'post', '/api/citizen/registry/companies', company({ name: 'Altra' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'COMPANY_ALREADY_REGISTERED', errors: [{ pointer: '/vatNumber' }] });
  });

  it('is reviewed only by an operator of the CPI of its main site; approval is audited and opens the employer area', async () => {
    const torinoPending = (await get(luca, '/api/operator/registry/companies?status=pending')).body.items.map((c: { id: string }) => c.id);
    expect(torinoPending).not.toContain(companyId);
    const outside = await send(luca, 'post', `/api/operator/registry/companies/${companyId}/review`, { decision: 'approve' });
    expect(outside.status).toBe(404);
    expect((await get(luca, `/api/operator/registry/companies/${companyId}`)).status).toBe(404);
    expect((await get(elena, `/api/operator/registry/companies/${companyId}`)).status).toBe(403);

    const pending = await get(anna, '/api/operator/registry/companies?status=pending');
    expect(pending.body.items).toEqual([expect.objectContaining({ id: companyId, name: 'Forneria Conti S.r.l.', status: 'pending' })]);
    const noReason = await send(anna, 'post', `/api/operator/registry/companies/${companyId}/review`, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].pointer).toBe('/reason');
    const approved = await send(anna, 'post', `/api/operator/registry/companies/${companyId}/review`, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', reviewedAt: expect.any(String) });
    const twice = await send(anna, 'post', `/api/operator/registry/companies/${companyId}/review`, { decision: 'reject', reason: 'Ripensamento' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('COMPANY_NOT_PENDING');
    const audit = await t.db.query(
      `SELECT actor_fiscal_code AS actor, subject_fiscal_code AS subject FROM audit.audit_events WHERE action = 'company.approved' AND resource_id = $1`,
      [companyId],
    );
    expect(audit.map((a: { actor: string; subject: string }) => [a.actor.trim(), a.subject.trim()])).toEqual([[ANNA, ELENA]]);

    expect((await get(elena, '/api/employer/matching/vacancies')).status).toBe(200);
  });

  it('lets the administrator invite and remove a colleague, who acts for the company in between', async () => {
    const invited = await send(elena, 'post', `/api/employer/registry/companies/${companyId}/members`, { fiscalCode: FATIMA, givenName: 'Fatima', familyName: 'Khalil' });
    expect(invited.status).toBe(201);
    const fatimaMember = invited.body.members.find((m: { fiscalCode: string }) => m.fiscalCode === FATIMA);
    expect(fatimaMember).toMatchObject({ admin: false });
    const dup = await send(elena, 'post', `/api/employer/registry/companies/${companyId}/members`, { fiscalCode: FATIMA, givenName: 'Fatima', familyName: 'Khalil' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'COMPANY_MEMBER_EXISTS', errors: [{ pointer: '/fiscalCode' }] });
    const badCf = await send(elena, 'post', `/api/employer/registry/companies/${companyId}/members`, { fiscalCode: 'KHLFTM95M52Z330X', givenName: 'F', familyName: 'K' });
    expect(badCf.body.errors[0].pointer).toBe('/fiscalCode');

    const fatima = await directSession(t.app, FATIMA);
    expect((await get(fatima, '/api/employer/matching/vacancies')).status).toBe(200);
    expect((await get(fatima, `/api/citizen/registry/companies/${companyId}`)).body).toMatchObject({ id: companyId, canAdminister: false });
    const notAdmin = await send(fatima, 'delete', `/api/employer/registry/companies/${companyId}/members/${invited.body.members[0].id}`);
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.body.code).toBe('COMPANY_ADMIN_REQUIRED');

    const adminId = invited.body.members.find((m: { admin: boolean }) => m.admin).id;
    expect((await send(elena, 'delete', `/api/employer/registry/companies/${companyId}/members/${adminId}`)).status).toBe(404); // an administrator stays
    const removed = await send(elena, 'delete', `/api/employer/registry/companies/${companyId}/members/${fatimaMember.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { fiscalCode: string }) => m.fiscalCode)).toEqual([ELENA]);
    // her open session loses the employer area at once
    expect((await get(fatima, '/api/employer/matching/vacancies')).status).toBe(403);
    const audited = await t.db.query(`SELECT action FROM audit.audit_events WHERE resource_id = $1 AND subject_fiscal_code = $2 ORDER BY occurred_at`, [companyId, FATIMA]);
    expect(audited.map((a: { action: string }) => a.action)).toEqual(['company.member.invited', 'company.member.removed']);
  });

  it('keeps a rejected company out of the employer area and shows the reason to its members', async () => {
    const fatima = await directSession(t.app, FATIMA);
    const res = await send(
      fatima,
      'post',
      '/api/citizen/registry/companies',
      company({ name: 'Sartoria Khalil', vatNumber: partitaIva('0777888999'), sites: [{ comuneIstat: MONCALIERI, address: 'Via Po 3' }] }),
    );
    expect(res.status).toBe(201);
    const rejected = await send(anna, 'post', `/api/operator/registry/companies/${res.body.id}/review`, { decision: 'reject', reason: 'Partita IVA cessata' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Partita IVA cessata' });
    expect((await get(fatima, `/api/citizen/registry/companies/${res.body.id}`)).body).toMatchObject({ status: 'rejected', rejectionReason: 'Partita IVA cessata' });
    const area = await get(fatima, '/api/employer/matching/vacancies');
    expect(area.status).toBe(403);
    expect(area.body.code).toBe('COMPANY_NOT_APPROVED');
    // the database keeps the review coherent: a rejection needs its reason
    await expect(t.db.query(`UPDATE registry.companies SET rejection_reason = NULL WHERE id = $1`, [res.body.id])).rejects.toThrow(/companies_review_check/);
  });
});

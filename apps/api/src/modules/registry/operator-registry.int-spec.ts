import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen of CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const SARA = 'RCCSRA75H60E379W'; // region admin

describe('operator registry: search, dossier, audit trail, office scoping', () => {
  let t: TestApp;
  let luca: { cookie: string; csrf: string };
  let marioId: string;
  let giuliaId: string;
  beforeAll(async () => {
    t = await startTestApp();
    luca = await loggedInAgent(t.app.getHttpServer(), LUCA, { app: 'operator' });
    [{ id: marioId }] = await t.db.query('SELECT id FROM registry.citizens WHERE fiscal_code = $1', [MARIO]);
    [{ id: giuliaId }] = await t.db.query('SELECT id FROM registry.citizens WHERE fiscal_code = $1', [GIULIA]);
  });
  afterAll(() => t.close());
  const get = (path: string, cookie?: string) => {
    const r = request(t.app.getHttpServer()).get(path);
    return cookie ? r.set('Cookie', cookie) : r;
  };

  it('finds a citizen of my office by fiscal code and by name, and audits each result', async () => {
    const byCf = await get(`/api/operator/registry/citizens?fiscalCode=${MARIO}`, luca.cookie);
    expect(byCf.status).toBe(200);
    expect(byCf.body).toMatchObject({ total: 1, items: [{ id: marioId, fiscalCode: MARIO, familyName: 'Rossi', officeName: "Centro per l'Impiego di Torino" }] });
    const byName = await get('/api/operator/registry/citizens?q=rossi%20mar', luca.cookie);
    expect(byName.body.items.map((i: { fiscalCode: string }) => i.fiscalCode)).toContain(MARIO);
    const audited = await t.db.query(
      `SELECT count(*)::int AS n FROM audit.audit_events WHERE action = 'citizen.search.result' AND subject_fiscal_code = $1 AND actor_fiscal_code = $2`,
      [MARIO, LUCA],
    );
    expect(audited[0].n).toBeGreaterThanOrEqual(2);
  });

  it('never lists citizens of other offices', async () => {
    const res = await get(`/api/operator/registry/citizens?fiscalCode=${GIULIA}`, luca.cookie);
    expect(res.body).toMatchObject({ total: 0, items: [] });
    const all = await get('/api/operator/registry/citizens?q=a&limit=50', luca.cookie);
    expect(all.status).toBe(400); // one letter is too short
    const many = await get('/api/operator/registry/citizens?q=ro&limit=50', luca.cookie);
    const offices = new Set(many.body.items.map((i: { officeName: string }) => i.officeName));
    expect([...offices]).toEqual(["Centro per l'Impiego di Torino"]);
  });

  it('refuses an invalid fiscal code with problem+json naming the field', async () => {
    const res = await get('/api/operator/registry/citizens?fiscalCode=RSSMRA85T10L219X', luca.cookie);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, errors: [{ pointer: '/fiscalCode', constraint: 'isFiscalCode' }] });
    expect(res.body.correlationId).toBeTruthy();
    const unknownParam = await get('/api/operator/registry/citizens?q=rossi&admin=1', luca.cookie);
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body.errors[0].pointer).toBe('/admin');
    const badLimit = await get('/api/operator/registry/citizens?q=rossi&limit=500', luca.cookie);
    expect(badLimit.body.errors[0].pointer).toBe('/limit');
  });

  it('opens the dossier of my citizen and shows my read in the audit trail', async () => {
    const dossier = await get(`/api/operator/registry/citizens/${marioId}`, luca.cookie);
    expect(dossier.status).toBe(200);
    expect(dossier.body.citizen).toMatchObject({ fiscalCode: MARIO, office: { code: 'CPI-TO' } });
    const trail = await get(`/api/operator/registry/citizens/${marioId}/audit-events`, luca.cookie);
    expect(trail.status).toBe(200);
    const reads = trail.body.items.filter((e: { action: string; actorFiscalCode: string }) => e.action === 'citizen.dossier.read' && e.actorFiscalCode === LUCA);
    expect(reads[0]).toMatchObject({ outcome: 'allowed', actorRole: 'operator', actorName: 'Luca Verdi', actorOfficeName: "Centro per l'Impiego di Torino" });
  });

  it('answers 404 for a citizen of another office, and audits the denied attempt', async () => {
    const res = await get(`/api/operator/registry/citizens/${giuliaId}`, luca.cookie);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CITIZEN_NOT_FOUND');
    const trail = await get(`/api/operator/registry/citizens/${giuliaId}/audit-events`, luca.cookie);
    expect(trail.status).toBe(404);
    const denied = await t.db.query(`SELECT outcome FROM audit.audit_events WHERE subject_fiscal_code = $1 AND actor_fiscal_code = $2`, [GIULIA, LUCA]);
    expect(denied.map((d: { outcome: string }) => d.outcome)).toEqual(['denied', 'denied']);
    // the operator of that office can, and sees the denied attempts
    const anna = await loggedInAgent(t.app.getHttpServer(), ANNA, { app: 'operator' });
    const ok = await get(`/api/operator/registry/citizens/${giuliaId}/audit-events`, anna.cookie);
    expect(ok.body.items.filter((e: { outcome: string }) => e.outcome === 'denied')).toHaveLength(2);
  });

  it('pages the audit trail newest first with a cursor, and validates the page parameters', async () => {
    for (let i = 0; i < 4; i++) await get(`/api/operator/registry/citizens/${marioId}`, luca.cookie);
    type Page = { items: { id: string; occurredAt: string }[]; nextCursor?: string };
    const first: Page = (await get(`/api/operator/registry/citizens/${marioId}/audit-events?limit=3`, luca.cookie)).body;
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toBe(first.items[2]?.id);
    const second: Page = (await get(`/api/operator/registry/citizens/${marioId}/audit-events?limit=3&before=${first.nextCursor}`, luca.cookie)).body;
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[0]?.id);
    const all = [...first.items, ...second.items];
    expect(all.map((e) => e.occurredAt)).toEqual([...all.map((e) => e.occurredAt)].sort().reverse());
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length); // no record on two pages
    expect(Number(second.items[0]?.id)).toBeLessThan(Number(first.nextCursor));
    const badLimit = await get(`/api/operator/registry/citizens/${marioId}/audit-events?limit=0`, luca.cookie);
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors[0].pointer).toBe('/limit');
    const badCursor = await get(`/api/operator/registry/citizens/${marioId}/audit-events?before=abc`, luca.cookie);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].pointer).toBe('/before');
  });

  it('lets a regional administrator see every office', async () => {
    const sara = await loggedInAgent(t.app.getHttpServer(), SARA, { app: 'operator' });
    expect((await get(`/api/operator/registry/citizens/${giuliaId}`, sara.cookie)).status).toBe(200);
    const me = await get('/api/operator/registry/me', sara.cookie);
    expect(me.body.offices).toHaveLength(5);
  });

  it('validates the citizen id', async () => {
    const res = await get('/api/operator/registry/citizens/not-a-uuid', luca.cookie);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/citizenId');
  });

  it('refuses citizens (403) and anonymous callers (401) on operator routes', async () => {
    const mario = await loggedInAgent(t.app.getHttpServer(), MARIO);
    const asCitizen = await get(`/api/operator/registry/citizens/${marioId}`, mario.cookie);
    expect(asCitizen.status).toBe(403);
    expect(asCitizen.body.code).toBe('FORBIDDEN');
    const anonymous = await get(`/api/operator/registry/citizens/${marioId}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await get('/api/citizen/registry/profile')).status).toBe(401);
  });

  it('audits a citizen reading their own profile', async () => {
    const mario = await loggedInAgent(t.app.getHttpServer(), MARIO);
    await get('/api/citizen/registry/profile', mario.cookie);
    const rows = await t.db.query(`SELECT action FROM audit.audit_events WHERE actor_fiscal_code = $1 AND subject_fiscal_code = $1 ORDER BY id`, [MARIO]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['identity.login', 'citizen.profile.read']));
  });

  it('keeps the audit log append-only, whoever asks', async () => {
    await expect(t.db.query(`UPDATE audit.audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit.audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit.audit_events`)).rejects.toThrow(/append-only/);
  });
});

import { ErrorCode } from '@opencpi/contracts';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { ERROR_STATUS } from '../../platform/errors/error-status';
import { addDays, romeParts, romeToInstant } from '../../platform/time/rome-time';
import { agencyByCode, citizenIdOf } from '../registry/registry.test-kit';
import { ConsentQueryService } from './consent-query.service';
import { ConsentService } from './consent.service';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen of CPI Moncalieri

describe('consent ledger: the person decides which agency sees what', () => {
  let t: TestApp;
  let mario: DirectSession;
  let giulia: DirectSession;
  let marioId: string;
  let lavoroPiu: { id: string; vat: string; name: string };
  let talenti: { id: string; vat: string; name: string };
  const today = romeParts(new Date()).date;
  const http = () => t.app.getHttpServer();
  const post = (who: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrf).send(body);
  const get = (who: DirectSession, url: string) => request(http()).get(url).set('Cookie', who.cookie);
  const query = () => t.app.get(ConsentQueryService);
  const agency = async (code: string) => {
    const a = await agencyByCode(t, code);
    return { id: a.id, vat: a.vatNumber, name: a.name };
  };

  beforeAll(async () => {
    t = await startTestApp();
    mario = await directSession(t.app, MARIO);
    giulia = await directSession(t.app, GIULIA);
    marioId = await citizenIdOf(t, MARIO);
    lavoroPiu = await agency('PIE-APL-001');
    talenti = await agency('PIE-APL-002');
  });
  afterAll(() => t.close());

  it("lists the accredited agencies of the person's region for the grant form", async () => {
    const res = await get(mario, '/api/citizen/consent/agencies');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        { id: lavoroPiu.id, name: lavoroPiu.name, accreditationCode: 'PIE-APL-001' },
        { id: talenti.id, name: talenti.name, accreditationCode: 'PIE-APL-002' },
      ]),
    );
  });

  it('grant → the check allows the read of the granted parts only; revoke → check null and require() 403 CONSENT_REQUIRED', async () => {
    const until = addDays(today, 90);
    const res = await post(mario, '/api/citizen/consent/grants', { agencyId: lavoroPiu.id, parts: ['registry', 'did'], purpose: 'job_placement', validUntil: until });
    expect(res.status).toBe(201);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({ agencyName: lavoroPiu.name, purpose: 'job_placement', validFrom: today, validUntil: until, source: 'citizen', state: 'active' });
    const did = res.body.items.find((g: { part: string }) => g.part === 'did');

    expect(await query().check({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'did' })).toEqual({ grantId: did.id, purpose: 'job_placement' });
    expect(await query().check({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'plan' })).toBeNull(); // not granted
    expect(await query().check({ agencyId: talenti.id, citizenId: marioId, part: 'did' })).toBeNull(); // another agency
    expect(await query().citizensVisibleTo(lavoroPiu.id, 'did')).toEqual([marioId]);
    const giuliaId = await citizenIdOf(t, GIULIA);
    expect(await query().checkMany({ agencyId: lavoroPiu.id, citizenIds: [marioId, giuliaId], part: 'did' })).toEqual(
      new Map([[marioId, { grantId: did.id, purpose: 'job_placement' }]]),
    );
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit.audit_events WHERE action = 'consent.grant.created' AND resource_id = $1 AND subject_fiscal_code = $2`, [
      did.id,
      MARIO,
    ]);
    expect(audited[0].n).toBe(1);

    // the same agency, part and purpose over an overlapping period: refused by the database's exclusion constraint
    const twice = await post(mario, '/api/citizen/consent/grants', { agencyId: lavoroPiu.id, parts: ['profile', 'did'], purpose: 'job_placement', validUntil: until });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'CONSENT_ALREADY_GRANTED', errors: [{ pointer: '/parts' }] });
    expect(await query().check({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'profile' })).toBeNull(); // all or none

    const revoked = await post(mario, `/api/citizen/consent/grants/${did.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: did.id, state: 'revoked', revokedAt: expect.any(String) });
    expect(await query().check({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'did' })).toBeNull();
    await expect(query().require({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'did' })).rejects.toMatchObject({ code: ErrorCode.CONSENT_REQUIRED });
    expect(ERROR_STATUS[ErrorCode.CONSENT_REQUIRED].status).toBe(403);
    expect(await query().citizensVisibleTo(lavoroPiu.id, 'did')).toEqual([]);
    expect(await query().require({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'registry' })).toMatchObject({ purpose: 'job_placement' }); // the other part stays

    const again = await post(mario, `/api/citizen/consent/grants/${did.id}/revoke`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONSENT_ALREADY_REVOKED');

    const list = await get(mario, '/api/citizen/consent/grants');
    expect(list.status).toBe(200);
    expect(list.body.items.find((g: { id: string }) => g.id === did.id)).toMatchObject({ state: 'revoked' });
    // after revocation the same part may be granted again
    const regrant = await post(mario, '/api/citizen/consent/grants', { agencyId: lavoroPiu.id, parts: ['did'], purpose: 'job_placement', validUntil: until });
    expect(regrant.status).toBe(201);
  });

  it('a period in the past is refused; a grant does not allow reads outside its period', async () => {
    const past = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['plan'], purpose: 'guidance', validUntil: addDays(today, -1) });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ code: 'CONSENT_PERIOD_INVALID', errors: [{ pointer: '/validUntil' }] });
    const backdated = await post(mario, '/api/citizen/consent/grants', {
      agencyId: talenti.id,
      parts: ['plan'],
      purpose: 'guidance',
      validFrom: addDays(today, -3),
      validUntil: today,
    });
    expect(backdated.body).toMatchObject({ code: 'CONSENT_PERIOD_INVALID', errors: [{ pointer: '/validFrom' }] });
    const tooLong = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['plan'], purpose: 'guidance', validUntil: addDays(today, 800) });
    expect(tooLong.status).toBe(400);

    const from = addDays(today, 10);
    const until = addDays(today, 20);
    const res = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['plan'], purpose: 'guidance', validFrom: from, validUntil: until });
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({ validFrom: from, validUntil: until, state: 'scheduled' });
    const at = (date: string, time: string) => romeToInstant(date, time)!;
    const q = { agencyId: talenti.id, citizenId: marioId, part: 'plan' as const };
    expect(await query().check({ ...q, at: at(today, '12:00') })).toBeNull(); // not yet
    expect(await query().check({ ...q, at: at(from, '00:00') })).toMatchObject({ grantId: res.body.items[0].id });
    expect(await query().check({ ...q, at: at(until, '23:59') })).toMatchObject({ grantId: res.body.items[0].id }); // the last day is included
    expect(await query().check({ ...q, at: at(addDays(until, 1), '00:00') })).toBeNull(); // expired
  });

  it('bad input names the field; an unknown agency is 404', async () => {
    const noParts = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: [], purpose: 'guidance', validUntil: addDays(today, 5) });
    expect(noParts.status).toBe(400);
    expect(noParts.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/parts');
    const badPart = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['health'], purpose: 'guidance', validUntil: addDays(today, 5) });
    expect(badPart.status).toBe(400);
    const other = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['profile'], purpose: 'other', validUntil: addDays(today, 5) });
    expect(other.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/purposeText' }] });
    const unknown = await post(mario, '/api/citizen/consent/grants', {
      agencyId: '00000000-0000-4000-8000-00000000abcd',
      parts: ['profile'],
      purpose: 'guidance',
      validUntil: addDays(today, 5),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'AGENCY_NOT_FOUND', errors: [{ pointer: '/agencyId' }] });
  });

  it("another person's grant id is 404, and stays untouched", async () => {
    const res = await post(mario, '/api/citizen/consent/grants', { agencyId: talenti.id, parts: ['appointments'], purpose: 'gol_pathway', validUntil: addDays(today, 30) });
    const id = res.body.items[0].id;
    const theirs = await post(giulia, `/api/citizen/consent/grants/${id}/revoke`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe('CONSENT_GRANT_NOT_FOUND');
    expect((await get(giulia, '/api/citizen/consent/grants')).body.items.map((g: { id: string }) => g.id)).not.toContain(id);
    expect(await query().check({ agencyId: talenti.id, citizenId: marioId, part: 'appointments' })).toMatchObject({ grantId: id });
  });

  it('the access log lists the reads an agency recorded in the audit trail, and nothing else', async () => {
    const grant = await query().require({ agencyId: lavoroPiu.id, citizenId: marioId, part: 'registry' });
    // as the agency API writes each read: actor = the agency (VAT number, name), role agency_client
    await t.db.query(
      `INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, action, resource_type, resource_id, subject_fiscal_code, outcome, details)
       VALUES ($1, $2, 'agency_client', 'agency.person.read', 'citizen', $3, $4, 'allowed', $5)`,
      [lavoroPiu.vat, lavoroPiu.name, marioId, MARIO, JSON.stringify({ agencyId: lavoroPiu.id, grantId: grant.grantId, purpose: grant.purpose, part: 'registry' })],
    );
    const log = await get(mario, '/api/citizen/consent/access-log');
    expect(log.status).toBe(200);
    expect(log.body.items).toHaveLength(1); // the person's own reads and the grants are not agency reads
    expect(log.body.items[0]).toMatchObject({
      agencyName: lavoroPiu.name,
      agencyId: lavoroPiu.id,
      part: 'registry',
      purpose: 'job_placement',
      action: 'agency.person.read',
      outcome: 'allowed',
    });
    expect(Date.parse(log.body.items[0].occurredAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await get(giulia, '/api/citizen/consent/access-log')).body.items).toEqual([]); // Giulia's log is hers
    const readAudited = await t.db.query(`SELECT count(*)::int AS n FROM audit.audit_events WHERE action = 'consent.access-log.read' AND subject_fiscal_code = $1`, [MARIO]);
    expect(readAudited[0].n).toBeGreaterThan(0);
  });

  it('a patto signature that names the agency gives grants (source patto) in its transaction, once', async () => {
    const pattoId = '00000000-0000-4000-8000-0000000000aa';
    const grant = { citizenId: marioId, agencyId: talenti.id, pattoId, parts: ['patto', 'plan'] as const, purpose: 'gol_pathway' as const, validUntil: addDays(today, 365) };
    const first = await t.db.transaction((m) => t.app.get(ConsentService).grantFromPatto(m, { ...grant, parts: [...grant.parts] }));
    expect(first).toHaveLength(2);
    const again = await t.db.transaction((m) => t.app.get(ConsentService).grantFromPatto(m, { ...grant, parts: [...grant.parts] }));
    expect(again).toEqual([]); // already covered: nothing added
    expect(await query().check({ agencyId: talenti.id, citizenId: marioId, part: 'patto' })).toEqual({ grantId: first[0], purpose: 'gol_pathway' });
    const listed = (await get(mario, '/api/citizen/consent/grants')).body.items.filter((g: { id: string }) => first.includes(g.id));
    expect(listed.map((g: { source: string }) => g.source)).toEqual(['patto', 'patto']);
  });

  it('the database keeps the invariants: non-empty period, a revoked grant stays revoked, no deletes', async () => {
    const [{ id: revokedId }] = await t.db.query(`SELECT id FROM consent.grants WHERE citizen_id = $1 AND revoked_at IS NOT NULL LIMIT 1`, [marioId]);
    await expect(t.db.query(`UPDATE consent.grants SET revoked_at = NULL WHERE id = $1`, [revokedId])).rejects.toThrow(/stays so/);
    await expect(t.db.query(`DELETE FROM consent.grants WHERE id = $1`, [revokedId])).rejects.toThrow(/delete refused/);
    const [{ id: activeId }] = await t.db.query(`SELECT id FROM consent.grants WHERE citizen_id = $1 AND revoked_at IS NULL LIMIT 1`, [marioId]);
    await expect(t.db.query(`UPDATE consent.grants SET valid_until = valid_until + interval '1 year' WHERE id = $1`, [activeId])).rejects.toThrow(/only revocation/);
    await expect(
      t.db.query(
        `INSERT INTO consent.grants (citizen_id, agency_id, part, purpose, valid_from, valid_until, source) VALUES ($1, $2, 'profile', 'training', now(), now() - interval '1 day', 'citizen')`,
        [marioId, talenti.id],
      ),
    ).rejects.toThrow(/grants_period_check/);
  });
});

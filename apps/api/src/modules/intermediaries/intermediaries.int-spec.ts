import request from 'supertest';
import { ErrorCode } from '@opencpi/contracts';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { addDays, todayRome } from '../../platform/time/rome-time';
import { requestContextOf, type RequestContext } from '../../platform/auth/request-context';
import { SignatureService } from '../patto/signature/signature.service';
import { RegistryService } from '../registry/registry.service';
import { citizenIdOf } from '../registry/registry.test-kit';
import { documentRecord } from '../dossier/dossier.test-kit';

const GIULIA = 'BNCGLI90A41F335M';
const ROSA = 'SPSRSO83B54L219A'; // Patronato Lavoro Sicuro (seeded operator)
const MARCO = 'GLLMRC77P03L219U'; // CAF Torino Centro (seeded operator, no delegation)
const SARA = 'RCCSRA75H60E379W'; // region admin
const PATRONATO = '1e7e0000-0000-4000-8000-000000000001';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('intermediaries: delegations and acting for a person', () => {
  let t: TestApp;
  let giulia: DirectSession;
  let rosa: DirectSession;
  let marco: DirectSession;
  let giuliaId: string;
  const http = () => t.app.getHttpServer();
  const post = (s: DirectSession, url: string, body: object = {}) => request(http()).post(url).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);
  const get = (s: DirectSession, url: string) => request(http()).get(url).set('Cookie', s.cookie);
  const grant = (scopes: string[], validUntil = addDays(todayRome(), 90)) =>
    post(giulia, '/api/citizen/intermediaries/delegations', { organisationId: PATRONATO, scopes, validUntil });

  beforeAll(async () => {
    t = await startTestApp();
    giulia = await directSession(t.app, GIULIA);
    rosa = await directSession(t.app, ROSA);
    marco = await directSession(t.app, MARCO);
    giuliaId = await citizenIdOf(t, GIULIA);
  });
  afterAll(() => t.close());

  it('gives a registered operator the intermediary_staff role at sign-in (from the module, not the registry tables)', async () => {
    expect(await t.app.get(RegistryService).rolesOf(ROSA)).toEqual(['citizen', 'intermediary_staff']);
    expect(await t.app.get(RegistryService).rolesOf(GIULIA)).toEqual(['citizen']);
  });

  it('refuses without a delegation (403), with one that lacks the scope (403), and grants one at a time per organisation', async () => {
    const none = await get(rosa, `/api/intermediary/people/${giuliaId}/appointments`);
    expect(none.status).toBe(403);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.body.code).toBe(ErrorCode.DELEGATION_REQUIRED);

    const tooLong = await grant(['appointments'], addDays(todayRome(), 400));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].pointer).toBe('/validUntil');
    const badScope = await grant(['sign_patto']);
    expect(badScope.status).toBe(400);

    const granted = await grant(['appointments']);
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ organisationName: 'Patronato Lavoro Sicuro – Moncalieri', scopes: ['appointments'], state: 'active' });
    expect((await grant(['documents'])).body.code).toBe(ErrorCode.DELEGATION_EXISTS);

    const upload = await request(http())
      .post(`/api/intermediary/people/${giuliaId}/documents`)
      .set('Cookie', rosa.cookie)
      .set('X-CSRF-Token', rosa.csrf)
      .field('type', 'other')
      .attach('file', PDF, { filename: 'delega.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(403);
    expect(upload.body.code).toBe(ErrorCode.DELEGATION_REQUIRED);
    // another organisation's operator: no delegation of theirs
    expect((await get(marco, `/api/intermediary/people/${giuliaId}`)).status).toBe(403);
    const [denied] = await t.db.query(`SELECT actor_fiscal_code, outcome FROM audit.audit_events WHERE action = 'intermediaries.act' AND actor_fiscal_code = $1`, [MARCO]);
    expect(denied).toEqual({ actor_fiscal_code: MARCO, outcome: 'denied' });
  });

  it('books an appointment for the person, who sees it; the audit names both, the timeline says who did it', async () => {
    const mine = await get(rosa, '/api/intermediary/delegations');
    expect(mine.body.items.map((d: { citizenId: string }) => d.citizenId)).toContain(giuliaId);
    const person = await get(rosa, `/api/intermediary/people/${giuliaId}`);
    expect(person.status).toBe(200);
    const slots = await get(rosa, `/api/citizen/agenda/slots?serviceType=prima-accoglienza&officeId=${person.body.officeId}&days=30`);
    const slotId = slots.body.items[0].id as string;

    const booked = await post(rosa, `/api/intermediary/people/${giuliaId}/appointments`, { slotId, channel: 'in_person' });
    expect(booked.status).toBe(201);
    const seen = await get(giulia, '/api/citizen/agenda/appointments');
    expect(seen.body.items.map((a: { id: string }) => a.id)).toContain(booked.body.id);
    const actions = await get(giulia, '/api/citizen/intermediaries/actions');
    expect(actions.body.items[0]).toMatchObject({
      action: 'appointment.booked',
      refId: booked.body.id,
      delegateName: 'Rosa Esposito',
      organisationName: 'Patronato Lavoro Sicuro – Moncalieri',
    });

    const [row] = await t.db.query(
      `SELECT actor_fiscal_code, actor_role, subject_fiscal_code, details->'onBehalfOf'->>'fiscalCode' AS for_whom, details->'onBehalfOf'->>'organisationId' AS org
         FROM audit.audit_events WHERE action = 'agenda.appointment.book' AND resource_id = $1`,
      [booked.body.id],
    );
    expect(row).toEqual({ actor_fiscal_code: ROSA, actor_role: 'intermediary_staff', subject_fiscal_code: GIULIA, for_whom: GIULIA, org: PATRONATO });

    const timeline = await get(giulia, '/api/citizen/dossier/timeline');
    const entry = timeline.body.items.find((e: { kind: string }) => e.kind === 'intermediary.appointment_booked');
    expect(entry).toMatchObject({ refId: booked.body.id, params: { delegateName: 'Rosa Esposito', organisationName: 'Patronato Lavoro Sicuro – Moncalieri' } });
    expect(timeline.body.items.some((e: { kind: string }) => e.kind === 'delegation.granted')).toBe(true);
  });

  it('refuses the intermediary once the person revokes the delegation', async () => {
    const list = await get(giulia, '/api/citizen/intermediaries/delegations');
    const active = list.body.items.find((d: { state: string }) => d.state === 'active');
    const revoked = await post(giulia, `/api/citizen/intermediaries/delegations/${active.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.state).toBe('revoked');
    expect((await post(giulia, `/api/citizen/intermediaries/delegations/${active.id}/revoke`)).status).toBe(404);
    const after = await get(rosa, `/api/intermediary/people/${giuliaId}/appointments`);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe(ErrorCode.DELEGATION_REQUIRED);
    // the revocation is kept: the database refuses to un-revoke or delete it
    await expect(t.db.query(`UPDATE intermediaries.delegations SET revoked_at = NULL WHERE id = $1`, [active.id])).rejects.toThrow(/revoked and stays so/);
    await expect(t.db.query(`DELETE FROM intermediaries.delegations WHERE id = $1`, [active.id])).rejects.toThrow(/delete refused/);
    // and a new delegation may be granted after it
    expect((await grant(['documents'])).status).toBe(201);
  });

  it('uploads a document and files the DID for the person, each only with its scope', async () => {
    // Giulia's delegation now covers documents only (granted again after the revocation above)
    const doc = await request(http())
      .post(`/api/intermediary/people/${giuliaId}/documents`)
      .set('Cookie', rosa.cookie)
      .set('X-CSRF-Token', rosa.csrf)
      .field('type', 'cv')
      .attach('file', PDF, { filename: 'cv.pdf', contentType: 'application/pdf' });
    expect(doc.status).toBe(201);
    expect((await get(giulia, '/api/citizen/dossier/documents')).body.items.map((d: { id: string }) => d.id)).toContain(doc.body.id);
    const didBody = {
      workCondition: 'no_job',
      lastJobEndDate: '2026-06-30',
      benefit: 'none',
      citizenship: 'IT',
      education: [],
      jobs: [],
      languages: [],
      licences: [],
      declaration: true,
    };
    expect((await post(rosa, `/api/intermediary/people/${giuliaId}/did`, didBody)).body.code).toBe(ErrorCode.DELEGATION_REQUIRED);

    const mario = await directSession(t.app, 'RSSMRA85T10L219G');
    await post(mario, '/api/citizen/intermediaries/delegations', { organisationId: PATRONATO, scopes: ['did'], validUntil: addDays(todayRome(), 30) });
    const marioId = await citizenIdOf(t, 'RSSMRA85T10L219G');
    const filed = await post(rosa, `/api/intermediary/people/${marioId}/did`, didBody);
    expect(filed.status).toBe(201);
    expect(filed.body.active.status).toBe('active');
    const [row] = await t.db.query(`SELECT actor_fiscal_code, subject_fiscal_code FROM audit.audit_events WHERE action = 'patto.did.filed' ORDER BY id DESC LIMIT 1`);
    expect(row).toEqual({ actor_fiscal_code: ROSA, subject_fiscal_code: 'RSSMRA85T10L219G' });
    const timeline = await get(mario, '/api/citizen/dossier/timeline');
    expect(timeline.body.items.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['did.filed', 'intermediary.did_filed']));
  });

  it('keeps the invariants in the database: a period, known scopes, one active delegation per person and organisation', async () => {
    const insert = (scopes: string, from: string, until: string) =>
      t.db.query(
        `INSERT INTO intermediaries.delegations (organisation_id, citizen_id, citizen_fiscal_code, citizen_name, scopes, valid_from, valid_until, source) VALUES ($1, $2, $3, 'x', $4::varchar[], $5, $6, 'online')`,
        [PATRONATO, giuliaId, GIULIA, scopes, from, until],
      );
    const today = todayRome();
    await expect(insert('{did}', today, addDays(today, 10))).rejects.toThrow(/delegations_one_active/);
    await expect(insert('{did}', addDays(today, 400), addDays(today, 399))).rejects.toThrow(/delegations_period_check/);
    await expect(insert('{sign_patto}', addDays(today, 400), addDays(today, 410))).rejects.toThrow(/delegations_scopes_check/);
    await expect(insert('{}', addDays(today, 400), addDays(today, 410))).rejects.toThrow(/delegations_scopes_check/);
  });

  it('never signs a patto for the person: the signature use cases refuse a delegated context', async () => {
    const own = {
      ...requestContextOf({ ip: '127.0.0.1', headers: {} } as never, {
        sessionId: 's',
        fiscalCode: GIULIA,
        givenName: 'Giulia',
        familyName: 'Bianchi',
        roles: ['citizen'],
        spidLevel: 2,
        kind: 'spid',
        app: 'operator',
        absoluteExpiresAt: new Date(Date.now() + 3_600_000),
        csrfToken: '',
      }),
    };
    const delegated: RequestContext = {
      ...own,
      principal: { ...own.principal, delegate: { fiscalCode: ROSA, name: 'Rosa Esposito', organisationId: PATRONATO, organisationName: 'Patronato' } },
    };
    const signatures = t.app.get(SignatureService);
    const pattoId = '00000000-0000-4000-8000-000000000009';
    await expect(signatures.requestCode(delegated, pattoId, 'sms')).rejects.toMatchObject({ code: ErrorCode.DELEGATE_CANNOT_SIGN });
    await expect(signatures.sign(delegated, pattoId, { challengeId: pattoId, code: '123456', documentSha256: 'a'.repeat(64) })).rejects.toMatchObject({
      code: ErrorCode.DELEGATE_CANNOT_SIGN,
    });
    // without the delegate the same call reaches the patto (which does not exist): the refusal is the delegate's
    await expect(signatures.requestCode(own, pattoId, 'sms')).rejects.not.toMatchObject({ code: ErrorCode.DELEGATE_CANNOT_SIGN });
  });

  it('takes a delegation uploaded signed, which lets the intermediary act only once a CPI operator of the person approves it', async () => {
    const FATIMA = 'KHLFTM95M52Z330E'; // citizen of CPI Torino
    const fatimaId = await citizenIdOf(t, FATIMA);
    const upload = (fields: Record<string, string>) => {
      let req = request(http()).post('/api/intermediary/delegations').set('Cookie', rosa.cookie).set('X-CSRF-Token', rosa.csrf);
      for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
      return req.attach('file', PDF, { filename: 'delega-firmata.pdf', contentType: 'application/pdf' });
    };
    const until = addDays(todayRome(), 60);
    expect((await upload({ fiscalCode: FATIMA, scopes: 'appointments,sign', validUntil: until })).body.errors[0].pointer).toBe('/scopes');
    const uploaded = await upload({ fiscalCode: FATIMA, scopes: 'appointments,documents', validUntil: until });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ state: 'pending', source: 'signed_document', scopes: ['appointments', 'documents'] });
    expect((await get(rosa, `/api/intermediary/people/${fatimaId}`)).status).toBe(403); // not yet approved
    expect((await upload({ fiscalCode: FATIMA, scopes: 'documents', validUntil: until })).body.code).toBe(ErrorCode.DELEGATION_EXISTS);

    // the signed PDF is in her dossier; the CPI of another office does not see the request, hers does
    expect(await documentRecord(t, uploaded.body.documentId)).toMatchObject({ citizenId: fatimaId, uploadedByFiscalCode: ROSA });
    const anna = await directSession(t.app, 'FRRNNA82D50F335D'); // CPI Moncalieri
    const luca = await directSession(t.app, 'VRDLCU78C15L219W'); // CPI Torino
    expect((await get(anna, '/api/operator/intermediaries/delegations/pending')).body.items).toEqual([]);
    expect((await get(luca, '/api/operator/intermediaries/delegations/pending')).body.items.map((d: { id: string }) => d.id)).toEqual([uploaded.body.id]);
    expect((await post(anna, `/api/operator/intermediaries/delegations/${uploaded.body.id}/review`, { decision: 'approve' })).status).toBe(404);
    const noReason = await post(luca, `/api/operator/intermediaries/delegations/${uploaded.body.id}/review`, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].pointer).toBe('/reason');

    const approved = await post(luca, `/api/operator/intermediaries/delegations/${uploaded.body.id}/review`, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('active');
    expect((await get(rosa, `/api/intermediary/people/${fatimaId}`)).status).toBe(200);
    expect((await post(luca, `/api/operator/intermediaries/delegations/${uploaded.body.id}/review`, { decision: 'reject', reason: 'ripensamento' })).status).toBe(404);
    await expect(t.db.query(`UPDATE intermediaries.delegations SET review_state = 'pending' WHERE id = $1`, [uploaded.body.id])).rejects.toThrow(/reviewed once/);

    // a rejected one says why and does not block a new upload
    const fatima = await directSession(t.app, FATIMA);
    const own = (await get(fatima, '/api/citizen/intermediaries/delegations')).body.items[0];
    await post(fatima, `/api/citizen/intermediaries/delegations/${own.id}/revoke`);
    const second = await upload({ fiscalCode: FATIMA, scopes: 'did', validUntil: until });
    const rejected = await post(luca, `/api/operator/intermediaries/delegations/${second.body.id}/review`, { decision: 'reject', reason: 'Manca la firma della persona' });
    expect(rejected.body).toMatchObject({ state: 'rejected', rejectionReason: 'Manca la firma della persona' });
    expect((await get(rosa, `/api/intermediary/people/${fatimaId}`)).status).toBe(403);
    expect((await upload({ fiscalCode: FATIMA, scopes: 'did', validUntil: until })).status).toBe(201);
  });

  it('lets the region admin register an organisation and its operators, who then sign in as intermediary_staff', async () => {
    const sara = await directSession(t.app, SARA);
    const created = await post(sara, '/api/operator/intermediaries/organisations', { name: 'Sportello lavoro Comune di Chieri', kind: 'comune', fiscalCode: '82000000019' });
    expect(created.status).toBe(201);
    expect((await post(sara, '/api/operator/intermediaries/organisations', { name: 'Doppio', kind: 'comune', fiscalCode: '82000000019' })).body.code).toBe(
      ErrorCode.INTERMEDIARY_ORGANISATION_EXISTS,
    );
    const bad = await post(sara, '/api/operator/intermediaries/organisations', { name: 'X', kind: 'banca', fiscalCode: '123' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/fiscalCode', '/kind', '/name']);
    const withOperator = await post(sara, `/api/operator/intermediaries/organisations/${created.body.id}/operators`, {
      fiscalCode: 'RSSMRA85T10L219G',
      givenName: 'Mario',
      familyName: 'Rossi',
    });
    expect(withOperator.status).toBe(201);
    expect(withOperator.body.operators).toEqual([expect.objectContaining({ fiscalCode: 'RSSMRA85T10L219G' })]);
    expect(await t.app.get(RegistryService).rolesOf('RSSMRA85T10L219G')).toContain('intermediary_staff');
    expect(
      (await post(sara, `/api/operator/intermediaries/organisations/${created.body.id}/operators`, { fiscalCode: ROSA, givenName: 'Rosa', familyName: 'Esposito' })).status,
    ).toBe(409);
    const list = await get(sara, '/api/operator/intermediaries/organisations');
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['CAF Torino Centro', 'Sportello lavoro Comune di Chieri']));
  });
});

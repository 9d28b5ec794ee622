import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';
import { EventRelay } from '../../platform/events/event-relay';
import { registerAgencyClient, type AgencyClientKit } from './agencies.test-kit';
import { documentRecord } from '../dossier/dossier.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const V1 = '/api/agency/v1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('agency work: assignments → presa in carico → services → outcome', () => {
  let t: TestApp;
  let agency: AgencyClientKit;
  let other: AgencyClientKit;
  let token: string;
  let luca: DirectSession;
  let mario: DirectSession;
  let marioId: string;
  const http = () => t.app.getHttpServer();
  const get = (path: string, bearer = token) => request(http()).get(`${V1}${path}`).set('Authorization', `Bearer ${bearer}`);
  const post = (path: string, body: object, headers: Record<string, string> = {}, bearer = token) =>
    request(http())
      .post(`${V1}${path}`)
      .set('Authorization', `Bearer ${bearer}`)
      .set('Idempotency-Key', headers['Idempotency-Key'] ?? randomUUID())
      .set(Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'Idempotency-Key')))
      .send(body);
  const operatorAssigns = (citizenId: string, agencyId: string) =>
    request(http()).post('/api/operator/agencies/assignments').set('Cookie', luca.cookie).set('X-CSRF-Token', luca.csrf).send({ citizenId, agencyId, pathway: 'gol' });

  beforeAll(async () => {
    t = await startTestApp({ EVENTS_POLL_MS: '60000' });
    agency = await registerAgencyClient(t);
    other = await registerAgencyClient(t);
    token = await agency.token();
    luca = await directSession(t.app, LUCA);
    mario = await directSession(t.app, MARIO);
    marioId = await citizenIdOf(t, MARIO);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('walks the flow with ETag / If-Match and Idempotency-Key, and the operator sees it in the pathway', async () => {
    const created = await operatorAssigns(marioId, agency.agencyId);
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await operatorAssigns(marioId, agency.agencyId)).body).toMatchObject({ code: 'ASSIGNMENT_ALREADY_OPEN' });
    const suspended = await registerAgencyClient(t, { status: 'suspended' });
    expect((await operatorAssigns(marioId, suspended.agencyId)).body).toMatchObject({ status: 403, code: 'AGENCY_NOT_ACCREDITED' });

    const list = await get('/assignments?status=assigned');
    expect(list.status).toBe(200);
    const mine = (list.body as { items: { id: string; person: Record<string, unknown> }[] }).items.find((a) => a.id === id)!;
    // no consent: the minimal identity only
    expect(mine.person).toEqual({ citizenId: marioId, consented: false, initials: 'M. R.' });
    expect(JSON.stringify(list.body)).not.toContain(MARIO);
    expect((await get(`/assignments/${id}`, await other.token())).status).toBe(404);

    const read = await get(`/assignments/${id}`);
    const etag = read.headers['etag'] as string;
    expect(etag).toMatch(/^".+\.1"$/);
    const today = (read.body as { assignedOn: string }).assignedOn;

    expect((await post(`/assignments/${id}/take-in-charge`, { takenInChargeOn: today })).body).toMatchObject({ status: 428, code: 'PRECONDITION_REQUIRED' });
    expect((await post(`/assignments/${id}/take-in-charge`, { takenInChargeOn: today }, { 'If-Match': `"${id}.7"` })).status).toBe(412);
    expect((await post(`/assignments/${id}/take-in-charge`, { takenInChargeOn: '2020-01-01' }, { 'If-Match': etag })).body).toMatchObject({
      code: 'SERVICE_DATE_INVALID',
      errors: [expect.objectContaining({ pointer: '/takenInChargeOn' })],
    });
    const key = randomUUID();
    const taken = await post(`/assignments/${id}/take-in-charge`, { takenInChargeOn: today }, { 'If-Match': etag, 'Idempotency-Key': key });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ status: 'in_charge', takenInChargeOn: today, version: 2 });
    const etag2 = taken.headers['etag'] as string;
    expect(etag2).not.toBe(etag);
    // the same request again with the same key: the first answer, nothing done twice
    const again = await post(`/assignments/${id}/take-in-charge`, { takenInChargeOn: today }, { 'If-Match': etag, 'Idempotency-Key': key });
    expect(again.status).toBe(200);
    expect(again.headers['etag']).toBe(etag2);
    expect((await get(`/assignments/${id}`)).body).toMatchObject({ version: 2 });

    const codes = await get('/service-codes');
    expect((codes.body as { items: { code: string; verified: boolean }[] }).items).toContainEqual(expect.objectContaining({ code: 'GOL-ORIENT-BASE', verified: false }));
    expect((await post(`/assignments/${id}/services`, { code: 'NOPE-1', deliveredOn: today, durationMinutes: 60 })).body).toMatchObject({
      code: 'SERVICE_CODE_UNKNOWN',
      errors: [expect.objectContaining({ pointer: '/code' })],
    });
    const serviceKey = randomUUID();
    const service = await post(
      `/assignments/${id}/services`,
      { code: 'GOL-ORIENT-BASE', deliveredOn: today, durationMinutes: 120, notes: 'Colloquio' },
      { 'Idempotency-Key': serviceKey },
    );
    expect(service.status).toBe(201);
    const replayed = await post(
      `/assignments/${id}/services`,
      { code: 'GOL-ORIENT-BASE', deliveredOn: today, durationMinutes: 120, notes: 'Colloquio' },
      { 'Idempotency-Key': serviceKey },
    );
    expect(replayed.body).toEqual(service.body);
    expect((await post(`/assignments/${id}/services`, { code: 'GOL-ORIENT-BASE', deliveredOn: today, durationMinutes: 90 }, { 'Idempotency-Key': serviceKey })).status).toBe(422);
    expect((await get(`/assignments/${id}/services`)).body).toMatchObject({ items: [{ code: 'GOL-ORIENT-BASE', durationMinutes: 120 }] });
    // its evidence goes into the person's dossier, once
    const serviceId = (service.body as { id: string }).id;
    const evidence = (file: Buffer) =>
      request(http())
        .post(`${V1}/assignments/${id}/services/${serviceId}/evidence`)
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', randomUUID())
        .attach('file', file, 'presenze.pdf');
    expect((await evidence(Buffer.from('not a pdf at all'))).body).toMatchObject({ code: 'DOCUMENT_TYPE_NOT_ALLOWED' });
    const attached = await evidence(PDF);
    expect(attached.status).toBe(201);
    const documentId = (attached.body as { evidenceDocumentId: string }).evidenceDocumentId;
    expect(await documentRecord(t, documentId)).toMatchObject({ uploadedByRole: 'agency', type: 'proof' });
    expect((await evidence(PDF)).body).toMatchObject({ code: 'SERVICE_EVIDENCE_EXISTS' });

    const hired = { kind: 'hired', contractType: 'permanent', startDate: today, employerVatNumber: '01234567897', employerName: 'Officine Subalpine srl' };
    expect((await post(`/assignments/${id}/outcome`, { kind: 'hired', contractType: 'permanent' }, { 'If-Match': etag2 })).status).toBe(400);
    expect((await post(`/assignments/${id}/outcome`, hired, { 'If-Match': etag })).status).toBe(412);
    const ended = await post(`/assignments/${id}/outcome`, hired, { 'If-Match': etag2 });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endedOn: today, outcome: { kind: 'hired', employerName: 'Officine Subalpine srl' } });
    expect((await post(`/assignments/${id}/services`, { code: 'GOL-ORIENT-BASE', deliveredOn: today, durationMinutes: 30 })).body).toMatchObject({ code: 'ASSIGNMENT_ENDED' });

    const pathway = await request(http()).get(`/api/operator/agencies/citizens/${marioId}/pathway`).set('Cookie', luca.cookie);
    expect(pathway.status).toBe(200);
    const number = ((await t.db.query(`SELECT number FROM agencies.accreditations WHERE agency_id = $1`, [agency.agencyId])) as { number: string }[])[0]!.number;
    expect(pathway.body).toMatchObject({
      assignments: [{ id, status: 'ended', outcome: { kind: 'hired' } }],
      services: [{ code: 'GOL-ORIENT-BASE', durationMinutes: 120 }],
      sapSection6: [{ promotingEntityCode: number, policyCode: 'GOL-ORIENT-BASE', presaInCaricoId: id, presaInCaricoOn: today, lastEvent: 'hired' }],
    });
    const assignable = (pathway.body as { assignableAgencies: { id: string }[] }).assignableAgencies.map((a) => a.id);
    expect(assignable).toEqual(expect.arrayContaining([agency.agencyId, other.agencyId]));
    expect(assignable).not.toContain(suspended.agencyId);
    // the events of the flow are in the outbox for the subscribers
    const events = (await t.db.query(`SELECT type FROM events.outbox WHERE aggregate_id = $1 ORDER BY id`, [id])) as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(['person.assigned', 'assignment.ended']);

    // the service joins Mario's plan (patto module, through agency.service-delivered), once even if delivered again
    const relay = t.app.get(EventRelay);
    await relay.drain();
    const agencyItems = async () =>
      ((await request(http()).get('/api/citizen/plan').set('Cookie', mario.cookie)).body as { items: { source: string }[] }).items.filter((i) => i.source === 'agency');
    expect(await agencyItems()).toEqual([
      expect.objectContaining({ kind: 'agency_service', title: 'GOL-ORIENT-BASE', date: today, status: 'done', agencyName: expect.any(String) }),
    ]);
    await t.db.query(`UPDATE events.deliveries SET status = 'pending', attempts = 0 WHERE consumer = 'patto.agency-services'`);
    await relay.drain({ ignoreBackoff: true });
    expect(await agencyItems()).toHaveLength(1);
  });

  it('shows the person to the agency only under consent, audits each read, and refuses after revocation', async () => {
    const id = ((await operatorAssigns(marioId, agency.agencyId)).body as { id: string }).id;
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const granted = await request(http())
      .post('/api/citizen/consent/grants')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ agencyId: agency.agencyId, parts: ['registry'], purpose: 'gol_pathway', validUntil });
    expect(granted.status).toBe(201);
    const grantId = (granted.body as { items: { id: string }[] }).items[0]!.id;

    const read = await get(`/assignments/${id}`);
    expect(read.body).toMatchObject({ person: { consented: true, fiscalCode: MARIO, givenName: 'Mario', familyName: 'Rossi' } });
    const audit = (await t.db.query(
      `SELECT actor_role AS "actorRole", actor_fiscal_code AS "actor", details FROM audit.audit_events WHERE action = 'agencies.assignment.read' AND subject_fiscal_code = $1`,
      [MARIO],
    )) as { actorRole: string; actor: string; details: Record<string, string> }[];
    expect(audit).toEqual([
      { actorRole: 'agency_client', actor: expect.stringContaining(agency.vatNumber), details: { agencyId: agency.agencyId, grantId, purpose: 'gol_pathway', part: 'registry' } },
    ]);
    // another agency sees nothing of this one
    expect((await get('/assignments', await other.token())).body).toEqual({ items: [] });

    const revoked = await request(http()).post(`/api/citizen/consent/grants/${grantId}/revoke`).set('Cookie', mario.cookie).set('X-CSRF-Token', mario.csrf).send({});
    expect(revoked.status).toBe(200);
    const after = await get(`/assignments/${id}`);
    expect(after.body).toMatchObject({ person: { consented: false } });
    expect(JSON.stringify(after.body)).not.toContain(MARIO);
  });

  it('assigns the person named by a signed patto once, through the patto.signed event', async () => {
    const relay = t.app.get(EventRelay);
    await relay.drain();
    const patto = {
      pattoId: randomUUID(),
      version: 1,
      citizenId: marioId,
      citizenFiscalCode: MARIO,
      officeId: randomUUID(),
      agencyId: other.agencyId,
      signedAt: new Date().toISOString(),
    };
    const { EventOutbox } = await import('../../platform/events/event-outbox');
    for (let i = 0; i < 2; i++) {
      await t.db.transaction((m) => t.app.get(EventOutbox).publish(m, { type: 'patto.signed', aggregateType: 'patto', aggregateId: patto.pattoId, payload: patto }));
    }
    await relay.drain();
    const list = (await get('/assignments', await other.token())).body as { items: { source: string; pattoId: string; status: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ source: 'patto', pattoId: patto.pattoId, status: 'assigned' })]);
  });
});

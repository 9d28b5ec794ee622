import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { buildConditionalityVictim } from '../../modules/condizionalita/condizionalita.test-kit';
import { RecallService } from '../../modules/agenda/recall/recall.service';

/**
 * The people the matrix calls as (development identities of the demo seed) and the victim they reach for.
 * Every caller works, lives or trades on the Torino side; the victim is Giulia Bianchi, a citizen of CPI Moncalieri,
 * whose records are made by Anna Ferrari (operator, CPI Moncalieri) for a company none of the callers represents.
 */
export const CALLERS = {
  citizen: 'RSSMRA85T10L219G', // Mario Rossi, citizen, Torino
  operator: 'VRDLCU78C15L219W', // Luca Verdi, operator, CPI Torino (another office than the victim's)
  employer: 'GRCLRA80S48L219S', // Laura Greco, referent of Officine Subalpine (not the victim vacancy's company)
  agency: 'MRNDVD88L05G674W', // Davide Marino, LavoroPiù (not a party to the victim's patto)
  manager: 'CLMPLA70E20C627O', // Paolo Colombo, manager, CPI Torino
} as const;
export type Caller = 'anonymous' | keyof typeof CALLERS;
export const ROLES: readonly Caller[] = ['anonymous', 'citizen', 'operator', 'employer', 'agency', 'manager'];

const GIULIA = 'BNCGLI90A41F335M'; // the victim, citizen of CPI Moncalieri
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri

/** A request's parts besides method and path. */
export interface RouteInput {
  query?: Record<string, string | number>;
  body?: object;
  form?: Record<string, string>;
  file?: { field: string; name: string; content: Buffer };
}

export interface Foreign {
  /** path parameter name → someone else's id */
  params: Record<string, string>;
  /** what each route is sent (query, body, upload), built from someone else's ids */
  inputs: Record<string, RouteInput>;
  sessions: Record<Exclude<Caller, 'anonymous'>, DirectSession>;
  /** what no caller may find in any answer: the victim's fiscal code and the ids of her records */
  secrets: string[];
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Builds the victim's records through the API as their own office would, and the callers' sessions. */
export async function buildForeign(app: INestApplication, db: DataSource): Promise<Foreign> {
  const http = app.getHttpServer();
  const anna = await directSession(app, ANNA);
  const giulia = await directSession(app, GIULIA);
  const send = async (a: DirectSession, method: 'post' | 'put', url: string, body?: object) => {
    const res = await request(http)[method](url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
    if (res.status >= 300) throw new Error(`fixture: ${method} ${url} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, string>;
  };
  const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as Record<string, string>[])[0]!;

  const mo = (await one(`SELECT id FROM registry.offices WHERE code = 'CPI-MO'`)).id!;
  const citizenId = (await one(`SELECT id FROM registry.citizens WHERE fiscal_code = $1`, [GIULIA])).id!;
  const companyId = (await one(`SELECT id FROM registry.companies WHERE name = 'Caffè Torinese S.n.c.'`)).id!;
  const otherAgency = (await one(`SELECT id FROM registry.agencies WHERE accreditation_code = 'PIE-APL-002'`)).id!;
  await db.query(`INSERT INTO matching.comuni (istat, name, province, lat, lon) VALUES ('001156', 'Moncalieri', 'TO', 44.9996, 7.6824) ON CONFLICT DO NOTHING`);
  const occupationId = Number(
    (await one(`INSERT INTO matching.occupations (esco_uri, isco_code, label, source) VALUES ('urn:test:authz', '5223', 'Commesso', 'test') RETURNING id`)).id,
  );
  const vacancyBody = {
    title: 'Commesso/a',
    occupationId,
    description: 'Vendita e cassa in negozio.',
    skills: [],
    minEqf: 3,
    languages: [],
    licences: [],
    comuneIstat: '001156',
    contractType: 'permanent',
    hours: 'full',
    positions: 1,
    expiresOn: '2099-12-31',
  };

  // a draft vacancy of CPI Moncalieri for another company, with Giulia's application on it
  const vacancyId = (await send(anna, 'post', '/api/operator/matching/vacancies', { ...vacancyBody, officeId: mo, companyId })).id!;
  const applicationId = (await one(`INSERT INTO matching.applications (vacancy_id, citizen_id, status) VALUES ($1, $2, 'applied') RETURNING id`, [vacancyId, citizenId])).id!;

  // Giulia's appointment and convocation at CPI Moncalieri, and a free slot there
  const slots = (await request(http).get('/api/citizen/agenda/slots').query({ serviceType: 'prima-accoglienza', officeId: mo, days: 30 }).set('Cookie', giulia.cookie)).body
    .items as { id: string }[];
  if (slots.length < 3) throw new Error('fixture: CPI Moncalieri has fewer than 3 free slots');
  const appointment = await send(giulia, 'post', '/api/citizen/agenda/appointments', { slotId: slots[0]!.id, channel: 'in_person' });
  const convocation = await send(anna, 'post', '/api/operator/agenda/convocations', {
    fiscalCode: GIULIA,
    slotId: slots[1]!.id,
    channel: 'in_person',
    legalBasis: 'art. 20 D.Lgs. 150/2015',
  });
  const freeSlot = slots[2]!.id;

  // Giulia's patto (drafted by her office, with another agency as a party), a plan item, a dossier message and document
  const content = {
    pathway: 1,
    agencyId: otherAgency,
    jobSearchActs: 'Quattro candidature al mese a offerte coerenti',
    contactFrequencyDays: 30,
    proofOfSearch: 'Registrarle nel piano personale',
    availability: { workshops: true, training: false, congruousOffers: true },
    actions: [{ type: 'job_search_workshop', title: 'Laboratorio sul curriculum', provider: 'cpi', dueDate: '2099-01-15' }],
  };
  await send(giulia, 'post', '/api/citizen/patto/did', {
    workCondition: 'no_job',
    lastJobEndDate: '2026-06-30',
    benefit: 'none',
    citizenship: 'IT',
    education: [{ title: 'Diploma', eqfLevel: 4, year: 2009 }],
    jobs: [],
    languages: [],
    licences: [],
    declaration: true,
  });
  await send(anna, 'post', `/api/operator/patto/citizens/${citizenId}/profiling`);
  await send(anna, 'post', `/api/operator/patto/citizens/${citizenId}/assessment`, { skillsGap: 'none', needsSocialSupport: false, pathway: 1 });
  const pattoId = (await send(anna, 'post', '/api/operator/patti', { citizenId, ...content })).id!;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const itemId = (await send(giulia, 'post', '/api/citizen/plan/activities', { kind: 'other', title: 'Colloquio in agenzia', date: yesterday })).id!;
  const messageId = (await send(anna, 'post', `/api/operator/dossier/citizens/${citizenId}/messages`, { body: 'Buongiorno Giulia' })).id!;
  const doc = await request(http)
    .post(`/api/operator/dossier/citizens/${citizenId}/documents`)
    .set('Cookie', anna.cookie)
    .set('X-CSRF-Token', anna.csrf)
    .field('type', 'other')
    .attach('file', PDF, { filename: 'verbale.pdf', contentType: 'application/pdf' });
  if (doc.status !== 201) throw new Error(`fixture: document upload answered ${doc.status} ${JSON.stringify(doc.body)}`);
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const recruitingDayId = (
    await send(anna, 'post', '/api/operator/matching/recruiting-days', { officeId: mo, title: 'Giornata Moncalieri', day, mode: 'in_person', place: 'Sede CPI', vacancyIds: [] })
  ).id!;

  // Giulia's conditionality case (ADI) decided by her office and confirmed by the region admin, with its measure
  const { caseId, measureId } = await buildConditionalityVictim(app, db, anna);

  // signed links: a well-formed invitation token that signs nothing; a real recall signature, but for another appointment
  const token = `k0.${'A'.repeat(43)}`; // <key id>.<mac>: the current key id, a MAC that signs nothing
  const agenda = app.get(RecallService);
  const recall = agenda.recallLink('00000000-0000-4000-8000-000000000001').split('/').pop()!;

  const sessions = {
    citizen: await directSession(app, CALLERS.citizen),
    operator: await directSession(app, CALLERS.operator),
    employer: await directSession(app, CALLERS.employer),
    agency: await directSession(app, CALLERS.agency),
    manager: await directSession(app, CALLERS.manager),
  };
  const sha = 'a'.repeat(64);
  const file = { field: 'file', name: 'prova.pdf', content: PDF };
  const inputs: Record<string, RouteInput> = {
    'GET /api/auth/spid/login': { query: { idp: 'dev-spid', level: 2, app: 'citizen' } },
    'GET /api/auth/cie/login': { query: { idp: 'dev-cie', level: 2, app: 'citizen' } },
    'POST /api/auth/spid/acs': { form: { SAMLResponse: 'PHg+PC94Pg==', RelayState: 'x' } },
    'POST /api/auth/cie/acs': { form: { SAMLResponse: 'PHg+PC94Pg==', RelayState: 'x' } },
    'POST /api/auth/eidas/acs': { form: { SAMLResponse: 'PHg+PC94Pg==', RelayState: 'x' } },
    'POST /api/dev-idp/:kind/respond': { form: { SAMLRequest: 'x', RelayState: 'x', fiscalCode: GIULIA } },
    'POST /api/operator/ecoach/:citizenId/nudge': { body: { message: 'Ciao' } },
    'POST /api/citizen/plan/items/:itemId/status': { body: { status: 'done' } },
    'POST /api/citizen/plan/items/:itemId/proof': { file },
    'POST /api/agency/v1/patti/:pattoId/signatures': { body: { documentSha256: sha } },
    'POST /api/citizen/patti/:pattoId/signature-challenges': { body: { channel: 'sms' } },
    'POST /api/citizen/patti/:pattoId/signatures': { body: { challengeId: '00000000-0000-4000-8000-000000000002', code: '123456', documentSha256: sha } },
    'POST /api/operator/patto/citizens/:citizenId/assessment': { body: { skillsGap: 'small', needsSocialSupport: false, pathway: 1, overrideReason: 'prova' } },
    'POST /api/operator/patti': { body: { citizenId, ...content, agencyId: undefined } },
    'PUT /api/operator/patti/:pattoId/draft': { body: content },
    'POST /api/operator/patti/:pattoId/countersign': { body: { documentSha256: sha } },
    'POST /api/operator/patti/:pattoId/in-person-signature': { file },
    'POST /api/operator/patti/:pattoId/close': { body: { reason: 'prova di chiusura' } },
    'POST /api/operator/matching/vacancies': { body: { ...vacancyBody, officeId: mo } },
    'PUT /api/operator/matching/vacancies/:vacancyId': { body: vacancyBody },
    'POST /api/operator/matching/vacancies/:vacancyId/moderation': { body: { decision: 'rejected', note: 'prova' } },
    'POST /api/operator/matching/vacancies/:vacancyId/shortlist': { body: { citizenIds: [citizenId] } },
    'POST /api/operator/matching/applications/:applicationId/interview': { body: { at: new Date(Date.now() + 7 * 86_400_000).toISOString(), place: 'Sede' } },
    'POST /api/operator/matching/applications/:applicationId/outcome': { body: { outcome: 'offer_refused' } },
    'POST /api/operator/matching/recruiting-days': { body: { officeId: mo, title: 'Giornata', day, mode: 'in_person', place: 'Sede CPI', vacancyIds: [vacancyId] } },
    'PUT /api/employer/matching/vacancies/:vacancyId': { body: vacancyBody },
    'POST /api/citizen/matching/applications/:applicationId/consent': { body: { granted: true } },
    'POST /api/citizen/matching/recruiting-days/:recruitingDayId/signup': { body: { vacancyIds: [] } },
    'POST /api/citizen/agenda/appointments': { body: { slotId: slots[0]!.id, channel: 'in_person' } },
    'POST /api/citizen/agenda/appointments/:appointmentId/cancel': { body: {} },
    'POST /api/citizen/agenda/appointments/:appointmentId/reschedule': { body: { slotId: freeSlot } },
    'GET /api/citizen/agenda/slots': { query: { serviceType: 'prima-accoglienza', officeId: mo } },
    'POST /api/operator/agenda/availability-rules': {
      body: { officeId: mo, serviceType: 'orientamento', weekday: 6, startTime: '09:00', endTime: '10:00', validFrom: day, channels: ['in_person'] },
    },
    'POST /api/operator/agenda/exceptions': { body: { officeId: mo, wholeOffice: true, fromDate: day, toDate: day, reason: 'chiusura' } },
    'GET /api/operator/agenda/calendar': { query: { officeId: mo, from: day } },
    'POST /api/operator/agenda/appointments/:appointmentId/attendance': { body: { outcome: 'absent' } },
    'POST /api/citizen/condizionalita/cases/:caseId/justification': { body: { reasonCode: 'illness_injury', text: 'Ero ricoverata in ospedale.' } },
    'POST /api/operator/condizionalita/cases/:caseId/decision': { body: { outcome: 'not_justified', reasonText: 'Nessuna giustificazione pervenuta.' } },
    'POST /api/operator/condizionalita/cases/:caseId/confirmation': { body: { outcome: 'confirmed' } },
    'POST /api/operator/condizionalita/measures/:measureId/reversal': { body: { appealReference: 'ANPAL-1', upheldOn: '2026-12-01', reasonText: 'Ricorso accolto dal comitato.' } },
    'GET /api/operator/agenda/slots': { query: { serviceType: 'prima-accoglienza', officeId: mo } },
    'POST /api/operator/agenda/appointments/:appointmentId/cancel': { body: { reason: 'ufficio chiuso' } },
    'POST /api/operator/agenda/appointments/:appointmentId/move': { body: { slotId: freeSlot } },
    'POST /api/operator/agenda/invitations': { body: { officeId: mo, serviceType: 'prima-accoglienza', fiscalCodes: [GIULIA], withinDays: 10 } },
    'GET /api/operator/agenda/invitations': { query: { officeId: mo } },
    'POST /api/operator/agenda/convocations': { body: { fiscalCode: GIULIA, slotId: freeSlot, channel: 'in_person', legalBasis: 'art. 20 D.Lgs. 150/2015' } },
    'GET /api/operator/agenda/convocations': { query: { officeId: mo } },
    'POST /api/public/invitations/:token/appointment': { body: { slotId: freeSlot, channel: 'in_person' } },
    'POST /api/public/appointments/:appointmentId/recall/:signature': { body: { answer: 'not_coming' } },
    'POST /api/operator/dossier/citizens/:citizenId/documents': { form: { type: 'other' }, file },
    'POST /api/operator/dossier/citizens/:citizenId/messages': { body: { body: 'Messaggio' } },
    'GET /api/operator/registry/citizens': { query: { fiscalCode: GIULIA } },
    'POST /api/notifications/receipts/:channel': { body: { providerMessageId: 'x', status: 'delivered', occurredAt: new Date().toISOString() } },
    'GET /api/public/matching/skills': { query: { q: 'vendita' } },
    'GET /api/public/matching/occupations': { query: { q: 'commesso' } },
    'GET /api/public/matching/comuni': { query: { q: 'Monca' } },
  };
  return {
    params: {
      citizenId,
      vacancyId,
      applicationId,
      appointmentId: appointment.id!,
      convocationId: convocation.id!,
      pattoId,
      version: '1',
      itemId,
      documentId: (doc.body as { id: string }).id,
      messageId,
      recruitingDayId,
      slotId: '00000000-0000-4000-8000-000000000003',
      token,
      signature: recall,
      kind: 'spid',
      channel: 'sms',
      deliveryId: '999999999',
      caseId,
      measureId,
    },
    inputs,
    sessions,
    secrets: [GIULIA, citizenId, vacancyId, applicationId, appointment.id!, convocation.id!, pattoId, itemId, (doc.body as { id: string }).id, messageId, caseId, measureId],
  };
}

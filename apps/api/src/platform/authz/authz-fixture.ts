import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { buildConditionalityVictim } from '../../modules/condizionalita/condizionalita.test-kit';
import { RecallService } from '../../modules/agenda/recall/recall.service';
import { COMPANIES_INPUTS } from './expectations/companies';
import { IVC_INPUTS, IVC_PARAMS } from './expectations/ivc';
import { campaignOfOffice, campaignsInputs } from './expectations/campaigns';
import { agencyClientBearer } from '../../modules/agencies/agencies.test-kit';
import { CREDENTIALS_INPUTS, credentialsFixture } from './expectations/credentials';
import { CALLERS, type Foreign, type RouteInput } from './authz-callers';
import { PORTABILITY_INPUTS, portabilityParams } from './expectations/portability';

export { CALLERS, ROLES, type Caller, type Foreign, type RouteInput } from './authz-callers';

const GIULIA = 'BNCGLI90A41F335M'; // the victim, citizen of CPI Moncalieri
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const PATRONATO = '1e7e0000-0000-4000-8000-000000000001'; // the victim's delegate (seeded; the intermediary caller is of another organisation)

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
  const victimCompany = await one(`SELECT c.id, u.id AS "memberId" FROM registry.company_users u JOIN registry.companies c ON c.id = u.company_id WHERE c.name LIKE 'Pasticc%'`);
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
  // one live booking per service and person: the convocation (and the route's own) are of other services
  const slotOf = async (serviceType: string) =>
    ((await request(http).get('/api/citizen/agenda/slots').query({ serviceType, officeId: mo, limit: 1 }).set('Cookie', giulia.cookie)).body.items as { id: string }[])[0]!.id;
  const convocation = await send(anna, 'post', '/api/operator/agenda/convocations', {
    fiscalCode: GIULIA,
    slotId: await slotOf('patto-servizio'),
    channel: 'in_person',
    legalBasis: 'art. 20 D.Lgs. 150/2015',
  });
  const freeSlot = slots[2]!.id;
  const convocationSlot = await slotOf('colloquio-specialistico');

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
  // the other agency's accreditation (the demo seed's, which the test template does not run), then Giulia's assignment to it
  await db.query(
    `INSERT INTO agencies.accreditations (agency_id, number, status, valid_from, service_codes, office_ids, areas) VALUES ($1, 'PIE-APL-002', 'active', '2024-01-01', '{}', '{}', '{}') ON CONFLICT (agency_id) DO NOTHING`,
    [otherAgency],
  );
  const assignmentId = (await send(anna, 'post', '/api/operator/agencies/assignments', { citizenId, agencyId: otherAgency, pathway: 'gol' })).id!;
  const delegationUntil = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const delegationId = (await send(giulia, 'post', '/api/citizen/intermediaries/delegations', { organisationId: PATRONATO, scopes: ['appointments'], validUntil: delegationUntil }))
    .id!;
  const consentUntil = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const consentGrant = await send(giulia, 'post', '/api/citizen/consent/grants', { agencyId: otherAgency, parts: ['profile'], purpose: 'job_placement', validUntil: consentUntil });
  const grantId = (consentGrant as unknown as { items: { id: string }[] }).items[0]!.id;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const itemId = (await send(giulia, 'post', '/api/citizen/plan/activities', { kind: 'other', title: 'Colloquio in agenzia', date: yesterday })).id!;
  const messageId = (await send(anna, 'post', `/api/operator/dossier/citizens/${citizenId}/messages`, { body: 'Buongiorno Giulia' })).id!;
  const certificateId = (await send(giulia, 'post', '/api/citizen/certificazioni/certificates', { kind: 'status_attestation', locale: 'it' })).id!;
  const credentials = await credentialsFixture(app, GIULIA, anna.fiscalCode); // expectations/credentials.ts
  const portability = await portabilityParams(app, giulia); // expectations/portability.ts
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

  const sessions = {} as Foreign['sessions']; // one per caller of authz-callers.ts
  for (const [who, fiscalCode] of Object.entries(CALLERS)) sessions[who as keyof typeof CALLERS] = await directSession(app, fiscalCode);
  const agencyBearer = await agencyClientBearer({ app, db }, (await one(`SELECT agency_id AS id FROM registry.agency_staff WHERE fiscal_code = $1`, [CALLERS.agency])).id!);
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
    'POST /api/operator/agenda/convocations': { body: { fiscalCode: GIULIA, slotId: convocationSlot, channel: 'in_person', legalBasis: 'art. 20 D.Lgs. 150/2015' } },
    'GET /api/operator/agenda/convocations': { query: { officeId: mo } },
    'POST /api/public/invitations/:token/appointment': { body: { slotId: freeSlot, channel: 'in_person' } },
    'POST /api/public/appointments/:appointmentId/recall/:signature': { body: { answer: 'not_coming' } },
    'POST /api/operator/dossier/citizens/:citizenId/documents': { form: { type: 'other' }, file },
    'POST /api/operator/dossier/citizens/:citizenId/messages': { body: { body: 'Messaggio' } },
    ...COMPANIES_INPUTS, // expectations/companies.ts
    ...IVC_INPUTS, // expectations/ivc.ts
    ...campaignsInputs(mo), // expectations/campaigns.ts
    'GET /api/operator/registry/citizens': { query: { fiscalCode: GIULIA } },
    'POST /api/operator/agencies/assignments': { body: { citizenId, agencyId: otherAgency, pathway: 'gol' } },
    'POST /api/agency/v1/assignments/:assignmentId/take-in-charge': { body: { takenInChargeOn: yesterday } },
    'POST /api/agency/v1/assignments/:assignmentId/end': { body: { reason: 'withdrawn' } },
    'POST /api/agency/v1/assignments/:assignmentId/outcome': { body: { kind: 'closed', reason: 'withdrawn' } },
    'POST /api/agency/v1/assignments/:assignmentId/services': { body: { code: 'GOL-ORIENT-BASE', deliveredOn: yesterday, durationMinutes: 60 } },
    'POST /api/agency/v1/assignments/:assignmentId/services/:serviceId/evidence': { file },
    'POST /api/agency/v1/webhooks/subscriptions': { body: { url: 'https://agency.example/hooks', eventTypes: ['person.assigned'] } },
    'POST /api/citizen/intermediaries/delegations': { body: { organisationId: PATRONATO, scopes: ['documents'], validUntil: day } },
    'POST /api/operator/intermediaries/organisations': { body: { name: 'Patronato di prova', kind: 'patronato', fiscalCode: '97000000037' } },
    'POST /api/operator/intermediaries/organisations/:organisationId/operators': { body: { fiscalCode: CALLERS.citizen, givenName: 'Mario', familyName: 'Rossi' } },
    'POST /api/intermediary/people/:citizenId/appointments': { body: { slotId: freeSlot, channel: 'in_person' } },
    'POST /api/intermediary/people/:citizenId/appointments/:appointmentId/reschedule': { body: { slotId: freeSlot } },
    'POST /api/intermediary/people/:citizenId/documents': { form: { type: 'other' }, file },
    'POST /api/intermediary/delegations': { form: { fiscalCode: 'KHLFTM95M52Z330E', scopes: 'documents', validUntil: day }, file },
    'POST /api/operator/intermediaries/delegations/:delegationId/review': { body: { decision: 'approve' } },
    'POST /api/intermediary/people/:citizenId/did': {
      body: { workCondition: 'no_job', lastJobEndDate: '2026-06-30', benefit: 'none', citizenship: 'IT', education: [], jobs: [], languages: [], licences: [], declaration: true },
    },
    'POST /api/notifications/receipts/:channel': { body: { providerMessageId: 'x', status: 'delivered', occurredAt: new Date().toISOString() } },
    'GET /api/public/matching/skills': { query: { q: 'vendita' } },
    'GET /api/public/matching/occupations': { query: { q: 'commesso' } },
    'GET /api/public/matching/comuni': { query: { q: 'Monca' } },
    'POST /api/operator/certificazioni/citizens/:citizenId/certificates': { body: { kind: 'status_attestation', locale: 'it' } },
    'POST /api/operator/certificazioni/certificates/:certificateId/revoke': { body: { reason: 'prova di revoca' } },
    ...CREDENTIALS_INPUTS, // expectations/credentials.ts
    'POST /api/public/certificates/verify-file': { file },
    ...PORTABILITY_INPUTS, // expectations/portability.ts
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
      organisationId: PATRONATO,
      delegationId,
      companyId: victimCompany.id!,
      memberId: victimCompany.memberId!,
      requestId: '00000000-0000-4000-8000-000000000004', // no contact request: the 404 of each role is the point
      callbackId: '00000000-0000-4000-8000-000000000005', // expectations/assistance.ts
      grantId,
      assignmentId,
      agencyId: otherAgency,
      clientId: 'authz-no-such-client',
      subscriptionId: '5b0c0000-0000-4000-8000-000000000001',
      webhookDeliveryId: '5b0c0000-0000-4000-8000-000000000002',
      serviceId: '5b0c0000-0000-4000-8000-000000000003',
      certificateId,
      ...credentials,
      ...portability,
      officeId: mo, // CPI Moncalieri: not the manager caller's office (monitoring drill-down)
      campaignId: await campaignOfOffice(app, mo), // expectations/campaigns.ts
      code: 'AAAA-BBBB-CCCC-DDDD', // well formed, no certificate's
      ...IVC_PARAMS, // expectations/ivc.ts
    },
    inputs,
    sessions,
    agencyBearer,
    secrets: [
      GIULIA,
      citizenId,
      assignmentId,
      delegationId,
      grantId,
      vacancyId,
      applicationId,
      appointment.id!,
      convocation.id!,
      pattoId,
      itemId,
      (doc.body as { id: string }).id,
      messageId,
      caseId,
      measureId,
      certificateId,
      credentials.credentialId,
      portability.exportId,
    ],
  };
}

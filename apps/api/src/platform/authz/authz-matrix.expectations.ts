import { agency, all, citizen, employer, managers, office, type RouteExpectation } from './authz-outcomes';
import { CONSENT_EXPECTATIONS } from './expectations/consent';
import { COMPANIES_EXPECTATIONS } from './expectations/companies';
import { INTERMEDIARIES_EXPECTATIONS } from './expectations/intermediaries';
import { AGENCY_WORK_EXPECTATIONS } from './expectations/agency-work';
import { AGENCY_ACCESS_EXPECTATIONS } from './expectations/agency-access';
import { MONITORING_EXPECTATIONS } from './expectations/monitoring';
import { CERTIFICAZIONI_EXPECTATIONS } from './expectations/certificazioni';
import { CREDENTIALS_EXPECTATIONS } from './expectations/credentials';
import { PORTABILITY_EXPECTATIONS } from './expectations/portability';
import { IVC_EXPECTATIONS } from './expectations/ivc';
import { CAMPAIGNS_EXPECTATIONS } from './expectations/campaigns';
import { SURVEYS_EXPECTATIONS } from './expectations/surveys';
import { ASSISTANCE_EXPECTATIONS } from './expectations/assistance';
import { OPERATOR_HOME_EXPECTATIONS } from './expectations/operator-home';

export { matches, type Outcome, type RouteExpectation } from './authz-outcomes';

/**
 * The declared authorisation matrix: for every route, what each caller gets when they reach for someone else's
 * records (see authz-fixture.ts: the callers are on the Torino side, the victim is a citizen of CPI Moncalieri).
 * A new route fails authz-matrix.int-spec.ts until it has a row here.
 *
 * Every authenticated person is also a citizen (roles come from the registry and always include `citizen`), so the
 * citizen area answers every caller as themselves: "own" rows hold for all five.
 */
/**
 * Routes with an id in the path where a 2xx is right, because the id is not someone else's record. Each says why.
 */
export const NOT_SOMEONE_ELSES: Record<string, string> = {
  'DELETE /api/citizen/matching/vacancies/:vacancyId/save': "removes the id from the caller's own saved list: the same 204 for any id, nothing of the vacancy shown",
  'POST /api/citizen/matching/recruiting-days/:recruitingDayId/signup':
    "a recruiting day is a public regional event (listed to every citizen); signing oneself up is the route's purpose",
  'GET /api/dev-idp/:kind/metadata': 'the development IdP (never in production); :kind is spid, cie or eidas',
  'GET /api/operator/accreditation/agencies/:agencyId': "an agency of the region's accreditation registry (a firm, not a person's record), read by the region's managers",
  'GET /api/operator/accreditation/agencies/:agencyId/webhooks':
    "an agency's webhook delivery log (ids, event types, status codes; no one's personal data), read by the region's managers",
  'GET /api/dev-idp/:kind/sessions': 'the development IdP (never in production): the sessions it opened itself, to start an IdP-initiated logout',
  'GET /api/public/credentials/status/:listId': "a public Bitstring Status List of credential revocations (W3C): random indexes, no one's data; every verifier must read it",
};

/** Rows of the modules added after issue 11 live in expectations/<area>.ts and are spread in at the end. */
export const AUTHZ_EXPECTATIONS: Record<string, RouteExpectation> = {
  // ---- public: login, metadata, taxonomy, status (the same for everyone)
  'GET /api/auth/idps': all(200),
  'GET /api/auth/session': all(200),
  'GET /api/auth/spid/login': all(302),
  'GET /api/auth/cie/login': all(302),
  'GET /api/auth/eidas/login': all(302),
  'POST /api/auth/spid/acs': all(302), // a bad SAMLResponse: back to the SPA's error page
  'POST /api/auth/cie/acs': all(302),
  'POST /api/auth/eidas/acs': all(302),
  'GET /api/auth/spid/slo': all(400), // no signed LogoutRequest/LogoutResponse: SAML_LOGOUT_INVALID, nothing ended
  'GET /api/auth/cie/slo': all(400),
  'GET /api/auth/spid/metadata': all(200),
  'GET /api/auth/cie/metadata': all(200),
  'GET /api/auth/eidas/metadata': all(200),
  'POST /api/auth/logout': citizen(200), // ends only the caller's own session
  'GET /api/dev-idp/autosubmit.js': all(200),
  'GET /api/dev-idp/:kind/metadata': all(200),
  'GET /api/dev-idp/:kind/sso': all(400), // no AuthnRequest
  'POST /api/dev-idp/:kind/respond': all(400),
  'GET /api/dev-idp/:kind/slo': all(400),
  'GET /api/dev-idp/:kind/sessions': all(200),
  'GET /api/dev-idp/:kind/logout': all(400),
  'POST /api/operator/identity/eidas-links': office(400), // empty body: the fields are named; the link itself is scoped to the operator's offices (saml-hardening.int-spec)
  'GET /api/public/matching/skills': all(200),
  'GET /api/public/matching/occupations': all(200),
  'GET /api/public/matching/comuni': all(200),
  'GET /api/status': all(200),
  'GET /api/health/live': all(200),
  'GET /api/health/ready': all(200),
  'GET /api/metrics': all(404), // no METRICS_TOKEN configured in the test app: the route answers 404 to everyone (401 without the bearer token when set: observability.int-spec)
  'POST /api/notifications/receipts/:channel': all(401), // an unsigned delivery receipt
  'GET /api/citizen/notification-preferences': citizen(200), // the caller's own preferences
  'PUT /api/citizen/notification-preferences': citizen(400), // an empty body: refused naming the fields
  // signed links: a well-formed token that signs nothing, a real signature of another appointment
  'GET /api/public/invitations/:token': all(404),
  'POST /api/public/invitations/:token/appointment': all(404),
  'GET /api/public/appointments/:appointmentId/recall/:signature': all(404),
  'POST /api/public/appointments/:appointmentId/recall/:signature': all(404),

  // ---- citizen area: own records answer 2xx (400 for the deliberately empty bodies); someone else's are 404
  'GET /api/citizen/registry/profile': citizen(200),
  'GET /api/citizen/agenda/offices': citizen(200),
  'GET /api/citizen/agenda/service-types': citizen(200),
  'GET /api/citizen/agenda/slots': citizen(200), // free slots of any office are public to citizens, without staff names
  'GET /api/citizen/agenda/appointments': citizen(200),
  'POST /api/citizen/agenda/appointments': citizen(409), // the victim's seat: SLOT_FULL, as for any taken slot
  'POST /api/citizen/agenda/appointments/:appointmentId/cancel': citizen(404),
  'POST /api/citizen/agenda/appointments/:appointmentId/reschedule': citizen(404),
  'GET /api/citizen/agenda/appointments/:appointmentId/ics': citizen(404),
  'GET /api/citizen/agenda/convocations': citizen(200),
  'POST /api/citizen/agenda/convocations/:convocationId/acknowledge': citizen(404),
  'GET /api/citizen/dossier/documents': citizen(200),
  'POST /api/citizen/dossier/documents': citizen(400),
  'GET /api/citizen/dossier/documents/:documentId/content': citizen(404),
  'GET /api/citizen/dossier/messages': citizen(200),
  'POST /api/citizen/dossier/messages': citizen(400),
  'POST /api/citizen/dossier/messages/:messageId/read': citizen(404),
  'GET /api/citizen/dossier/timeline': citizen(200),
  'GET /api/citizen/matching/profile': citizen(200),
  'PUT /api/citizen/matching/profile': citizen(400),
  'GET /api/citizen/matching/profile/cv': citizen(200),
  'GET /api/citizen/matching/vacancies': citizen(200),
  'GET /api/citizen/matching/vacancies/:vacancyId': citizen(404), // a draft
  'POST /api/citizen/matching/vacancies/:vacancyId/save': citizen(404),
  'DELETE /api/citizen/matching/vacancies/:vacancyId/save': citizen(204),
  'POST /api/citizen/matching/vacancies/:vacancyId/apply': citizen(404), // was 409 VACANCY_NOT_OPEN (issue 11, finding 9)
  'GET /api/citizen/matching/applications': citizen(200),
  'POST /api/citizen/matching/applications/:applicationId/consent': citizen(404),
  'GET /api/citizen/matching/courses/suggestions': citizen(200),
  'GET /api/citizen/matching/recruiting-days': citizen(200),
  'POST /api/citizen/matching/recruiting-days/:recruitingDayId/signup': citizen(201),
  'POST /api/citizen/matching/recruiting-days/:recruitingDayId/slots/:slotId/book': citizen(404),
  'GET /api/citizen/patti': citizen(200),
  'POST /api/citizen/patti/:pattoId/signature-challenges': citizen(404),
  'POST /api/citizen/patti/:pattoId/signatures': citizen(404),
  'GET /api/citizen/patti/:pattoId/versions/:version/pdf': citizen(404),
  'GET /api/citizen/patto/did': citizen(200),
  'POST /api/citizen/patto/did': citizen(400),
  'POST /api/citizen/patto/did/revoke': citizen(400),
  'GET /api/citizen/patto/channel': citizen(200),
  'POST /api/citizen/patto/channel/assessment': citizen(400),
  'PUT /api/citizen/patto/channel/choice': citizen(400),
  'GET /api/citizen/plan': citizen(200),
  'POST /api/citizen/plan/activities': citizen(400),
  'POST /api/citizen/plan/items/:itemId/status': citizen(404),
  'POST /api/citizen/plan/items/:itemId/proof': citizen(404),

  // ---- company area: another company's vacancy is 404
  'GET /api/employer/matching/vacancies': employer(200),
  'POST /api/employer/matching/vacancies': employer(400),
  'GET /api/employer/matching/vacancies/:vacancyId': employer(404),
  'PUT /api/employer/matching/vacancies/:vacancyId': employer(404),
  'POST /api/employer/matching/vacancies/:vacancyId/publish': employer(404),
  'POST /api/employer/matching/vacancies/:vacancyId/close': employer(404),
  'GET /api/employer/matching/vacancies/:vacancyId/candidates': employer(404),

  // ---- agencies: a patto the agency is not a party to is 404
  'GET /api/agency/v1/patti': agency(200),
  'GET /api/agency/v1/patti/:pattoId': agency(404),
  'POST /api/agency/v1/patti/:pattoId/signatures': agency(404),

  // ---- back office, as staff of another office: the person and their records are 404; another office is 403
  'GET /api/operator/registry/me': office(200),
  'GET /api/operator/registry/citizens': office(200), // searched by the victim's fiscal code: no row (checked below)
  'GET /api/operator/registry/citizens/:citizenId': office(404),
  'GET /api/operator/registry/citizens/:citizenId/audit-events': office(404),
  'GET /api/operator/agenda/service-types': office(200),
  'POST /api/operator/agenda/availability-rules': office(403),
  'POST /api/operator/agenda/exceptions': office(403),
  'GET /api/operator/agenda/calendar': office(403),
  'GET /api/operator/agenda/slots': office(200), // another office's free slots, without its staff's names (finding 9)
  'POST /api/operator/agenda/appointments/:appointmentId/attendance': office(404),
  'POST /api/operator/agenda/appointments/:appointmentId/cancel': office(404),
  'POST /api/operator/agenda/appointments/:appointmentId/move': office(404),
  'POST /api/operator/agenda/invitations': office(403),
  'GET /api/operator/agenda/invitations': office(403),
  'POST /api/operator/agenda/convocations': office(404), // a slot of another office
  'GET /api/operator/agenda/convocations': office(403),
  'GET /api/operator/agenda/convocations/:convocationId': office(404),
  'GET /api/operator/dossier/citizens/:citizenId/documents': office(404),
  'POST /api/operator/dossier/citizens/:citizenId/documents': office(404),
  'GET /api/operator/dossier/citizens/:citizenId/documents/:documentId/content': office(404),
  'GET /api/operator/dossier/citizens/:citizenId/messages': office(404),
  'POST /api/operator/dossier/citizens/:citizenId/messages': office(404),
  'POST /api/operator/dossier/citizens/:citizenId/messages/:messageId/read': office(404),
  'GET /api/operator/dossier/citizens/:citizenId/timeline': office(404),
  'GET /api/operator/ecoach': office(200),
  'GET /api/operator/ecoach/:citizenId': office(404),
  'POST /api/operator/ecoach/:citizenId/nudge': office(404),
  'GET /api/operator/patto/worklist': office(200),
  'GET /api/operator/patto/citizens/:citizenId': office(404),
  'POST /api/operator/patto/citizens/:citizenId/profiling': office(404),
  'POST /api/operator/patto/citizens/:citizenId/assessment': office(404),
  'GET /api/operator/patto/templates': office(200),
  'POST /api/operator/patti': office(404),
  'GET /api/operator/patti/:pattoId': office(404),
  'PUT /api/operator/patti/:pattoId/draft': office(404),
  'POST /api/operator/patti/:pattoId/propose': office(404),
  'POST /api/operator/patti/:pattoId/countersign': office(404),
  'POST /api/operator/patti/:pattoId/in-person-signature': office(404),
  'POST /api/operator/patti/:pattoId/close': office(404),
  'GET /api/operator/patti/:pattoId/versions/:version/pdf': office(404),
  'GET /api/operator/matching/vacancies': office(200),
  'POST /api/operator/matching/vacancies': office(403), // for another office: OFFICE_NOT_SERVED
  'GET /api/operator/matching/vacancies/:vacancyId': office(404),
  'PUT /api/operator/matching/vacancies/:vacancyId': office(404),
  'POST /api/operator/matching/vacancies/:vacancyId/publish': office(404),
  'POST /api/operator/matching/vacancies/:vacancyId/moderation': office(404), // was 201 with the whole draft (finding 1)
  'GET /api/operator/matching/vacancies/:vacancyId/candidates': office(404),
  'GET /api/operator/matching/vacancies/:vacancyId/shortlist': office(404),
  'POST /api/operator/matching/vacancies/:vacancyId/shortlist': office(404),
  'POST /api/operator/matching/vacancies/:vacancyId/shortlist/send': office(404),
  'POST /api/operator/matching/applications/:applicationId/interview': office(404),
  'POST /api/operator/matching/applications/:applicationId/outcome': office(404),
  'GET /api/operator/matching/courses': office(200),
  'POST /api/operator/matching/courses': office(400),
  'GET /api/operator/matching/recruiting-days': office(200),
  'POST /api/operator/matching/recruiting-days': office(403),
  // ---- platform: event queues (managers; no payloads, so no one else's records)
  'GET /api/operator/events/consumers': managers(200),
  'GET /api/operator/events/dead-letters': managers(200),
  'POST /api/operator/events/dead-letters/:deliveryId/retry': managers(404),
  // ---- national systems: the send queue (managers; measure ids and states, no one's personal data)
  'GET /api/operator/national-systems/sends': managers(200),
  // ---- condizionalità: the victim's case (ADI, CPI Moncalieri) and its confirmed measure
  'GET /api/citizen/condizionalita/obligations': citizen(200), // the caller's own benefits
  'GET /api/citizen/condizionalita/cases': citizen(200), // the caller's own cases
  'GET /api/citizen/condizionalita/cases/:caseId': citizen(404),
  'POST /api/citizen/condizionalita/cases/:caseId/justification': citizen(404),
  'GET /api/citizen/condizionalita/cases/:caseId/letter': citizen(404),
  'GET /api/operator/condizionalita/cases': office(200), // the worklist of the caller's own offices
  'GET /api/operator/condizionalita/cases/:caseId': office(404),
  'POST /api/operator/condizionalita/cases/:caseId/decision': office(404),
  'POST /api/operator/condizionalita/cases/:caseId/confirmation': managers(404), // four eyes: managers only, and only their offices' cases
  'POST /api/operator/condizionalita/measures/:measureId/reversal': managers(404),
  'GET /api/operator/condizionalita/rules': office(200), // the ladder as data: law, no one's records
  ...CONSENT_EXPECTATIONS,
  ...COMPANIES_EXPECTATIONS,
  ...INTERMEDIARIES_EXPECTATIONS,
  ...AGENCY_WORK_EXPECTATIONS,
  ...AGENCY_ACCESS_EXPECTATIONS,
  ...CERTIFICAZIONI_EXPECTATIONS,
  ...CREDENTIALS_EXPECTATIONS,
  ...PORTABILITY_EXPECTATIONS,
  ...IVC_EXPECTATIONS,
  ...CAMPAIGNS_EXPECTATIONS,
  ...SURVEYS_EXPECTATIONS,
  ...ASSISTANCE_EXPECTATIONS,
  ...OPERATOR_HOME_EXPECTATIONS,
  ...MONITORING_EXPECTATIONS,
};

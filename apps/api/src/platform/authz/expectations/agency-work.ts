import { machine, managers, office, type RouteExpectation } from '../authz-outcomes';

/**
 * Agency work (issue 14). `/api/agency/v1` takes a bearer token only (every session caller 401); the machine client is
 * LavoroPiù's, while the victim Giulia is assigned to another agency (PIE-APL-002): her assignment, its services and any
 * other agency's ids are 404 to it. The operator routes reach for Giulia (CPI Moncalieri), whom no caller's office serves.
 */
export const AGENCY_WORK_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/agency/v1/assignments': machine(200), // the caller's own agency's list
  'GET /api/agency/v1/assignments/:assignmentId': machine(404),
  'POST /api/agency/v1/assignments/:assignmentId/take-in-charge': machine(404),
  'POST /api/agency/v1/assignments/:assignmentId/end': machine(404),
  'POST /api/agency/v1/assignments/:assignmentId/outcome': machine(404),
  'GET /api/agency/v1/service-codes': machine(200), // the UCS table: data, nobody's records
  'GET /api/agency/v1/assignments/:assignmentId/services': machine(404),
  'POST /api/agency/v1/assignments/:assignmentId/services': machine(404),
  'POST /api/agency/v1/assignments/:assignmentId/services/:serviceId/evidence': machine(404),
  'GET /api/agency/v1/webhooks/subscriptions': machine(200), // the caller's own subscriptions
  'POST /api/agency/v1/webhooks/subscriptions': machine(201), // a subscription of the caller's own agency
  'POST /api/agency/v1/webhooks/subscriptions/:subscriptionId/disable': machine(404),
  'GET /api/agency/v1/webhooks/deliveries': machine(200), // the caller's own deliveries
  'GET /api/agency/v1/webhooks/deliveries/:webhookDeliveryId': machine(404),
  'POST /api/agency/v1/webhooks/deliveries/:webhookDeliveryId/replay': machine(404),
  'GET /api/agency/v1/vacancies': machine(200), // the caller's own vacancies
  'POST /api/agency/v1/vacancies': machine(400), // an empty body: nothing published
  'POST /api/agency/v1/vacancies/:vacancyId/close': machine(404), // the victim's vacancy is a company's, not the agency's
  'GET /api/agency/v1/vacancies/:vacancyId/candidates': machine(404),
  'POST /api/operator/agencies/assignments': office(404), // Giulia is not of the callers' offices
  'GET /api/operator/agencies/citizens/:citizenId/pathway': office(404),
  'GET /api/operator/accreditation/agencies/:agencyId/webhooks': managers(200), // an agency's delivery log: ids and status codes, no one's personal data
};

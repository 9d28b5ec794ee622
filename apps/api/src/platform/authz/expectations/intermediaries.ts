import { all, citizen, office, type RouteExpectation } from '../authz-outcomes';

/** @Allow([region_admin]): no caller of the matrix is a region admin (the manager is a cpi_manager) */
const regionAdmin = (): RouteExpectation => ({ ...all(403), anonymous: 401 });
/** @Allow([intermediary_staff]): only the intermediary caller gets past the policy, then gets `o` */
const intermediary = (o: Parameters<typeof all>[0]): RouteExpectation => ({ ...all(403), anonymous: 401, intermediary: o });

/**
 * Intermediaries (issue 14). The victim (Giulia) delegated a patronato; the intermediary caller works for a CAF, so every
 * route about her answers DELEGATION_REQUIRED (403), the same as for a person who does not exist (no oracle).
 */
export const INTERMEDIARIES_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/intermediaries/organisations': citizen(200), // the public register of intermediaries (no one's data)
  'GET /api/citizen/intermediaries/delegations': citizen(200), // the caller's own
  'POST /api/citizen/intermediaries/delegations': citizen(201), // each caller delegates the patronato themselves
  'POST /api/citizen/intermediaries/delegations/:delegationId/revoke': citizen(404),
  'GET /api/citizen/intermediaries/actions': citizen(200), // what was done for the caller
  'GET /api/operator/intermediaries/organisations': regionAdmin(),
  'POST /api/operator/intermediaries/organisations': regionAdmin(),
  'POST /api/operator/intermediaries/organisations/:organisationId/operators': regionAdmin(),
  'GET /api/intermediary/delegations': intermediary(200), // the caller's organisation's own
  'POST /api/intermediary/delegations': intermediary(201), // uploads a signed delegation of another person (not the victim) for the CPI to check
  'GET /api/operator/intermediaries/delegations/pending': office(200), // those of people of the caller's offices
  'POST /api/operator/intermediaries/delegations/:delegationId/review': office(404), // the victim's delegation is not pending, nor of their offices
  'GET /api/intermediary/people/:citizenId': intermediary(403),
  'POST /api/intermediary/people/:citizenId/did': intermediary(403),
  'GET /api/intermediary/people/:citizenId/appointments': intermediary(403),
  'POST /api/intermediary/people/:citizenId/appointments': intermediary(403),
  'POST /api/intermediary/people/:citizenId/appointments/:appointmentId/reschedule': intermediary(403),
  'POST /api/intermediary/people/:citizenId/documents': intermediary(403),
  'GET /api/intermediary/people/:citizenId/actions': intermediary(403),
};

import { citizen, type RouteExpectation } from '../authz-outcomes';

/** The consent ledger (issue 14): the citizen area answers every caller as themselves; the victim's grant is not theirs. */
export const CONSENT_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/consent/grants': citizen(200), // the caller's own grants
  'POST /api/citizen/consent/grants': citizen(400), // an empty body: nothing granted
  'POST /api/citizen/consent/grants/:grantId/revoke': citizen(404), // Giulia's grant: not the caller's
  'GET /api/citizen/consent/access-log': citizen(200), // reads of the caller's own data
  'GET /api/citizen/consent/agencies': citizen(200), // the agencies of the caller's region: public registry data
};

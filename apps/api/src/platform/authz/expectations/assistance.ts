import { citizen, office, type RouteExpectation } from '../authz-outcomes';

/**
 * Assistance (issue 17): a person's own callback requests; the operators of an office list and record theirs. The
 * outcome is sent with an empty body (refused before any request is looked at: a request of another office is 404,
 * assistance.int-spec).
 */
export const ASSISTANCE_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/assistance/callback-requests/latest': citizen(200), // the caller's own
  'POST /api/citizen/assistance/callback-requests': citizen(400), // an empty body: refused naming the fields
  'GET /api/operator/assistance/callback-requests': office(200), // the open requests of the caller's offices
  'POST /api/operator/assistance/callback-requests/:callbackId/outcome': office(400),
};

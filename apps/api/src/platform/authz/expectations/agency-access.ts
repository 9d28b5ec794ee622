import { all, machine, managers, type RouteExpectation } from '../authz-outcomes';

/** Region admins only (no region admin among the callers): every session caller 403, anonymous and the machine client 401. */
const regionAdmin = (): RouteExpectation => ({ ...all(403), anonymous: 401, agencyClient: 401 });

/**
 * Agency access (issue 14): the OAuth token endpoint (public; the matrix sends no assertion: 400 invalid_request for
 * everyone), the agency API's status (public) and `me` (the machine client only), and the region's accreditation
 * registry (region admins change it; managers read it; no session caller can reach it with a bearer token or vice versa).
 */
export const AGENCY_ACCESS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/agency/v1/oauth/token': all(400),
  'GET /api/agency/v1/status': all(200),
  'GET /api/agency/v1/me': machine(200),
  'GET /api/operator/accreditation/agencies': managers(200),
  'GET /api/operator/accreditation/agencies/:agencyId': managers(200), // an agency of the manager's region: not a person's record (NOT_SOMEONE_ELSES)
  'PUT /api/operator/accreditation/agencies/:agencyId/accreditation': regionAdmin(),
  'POST /api/operator/accreditation/agencies/:agencyId/accreditation/status': regionAdmin(),
  'POST /api/operator/accreditation/agencies/:agencyId/clients': regionAdmin(),
  'POST /api/operator/accreditation/agencies/:agencyId/clients/:clientId/revoke': regionAdmin(),
};

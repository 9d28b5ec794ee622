import { all, citizen, office, type RouteExpectation } from '../authz-outcomes';

/**
 * Certificates (issue 15): the citizen area answers every caller as themselves (Giulia's certificate is not theirs);
 * the operator routes reach Giulia only from CPI Moncalieri, which no caller serves; the public check answers anyone,
 * and the fixture's code matches no certificate (a hit would print Giulia's name, which no answer may carry).
 */
export const CERTIFICAZIONI_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/certificazioni/certificates': citizen(200), // the caller's own
  'POST /api/citizen/certificazioni/certificates': citizen(400), // an empty body: nothing issued
  'GET /api/citizen/certificazioni/certificates/:certificateId/pdf': citizen(404), // Giulia's: not the caller's
  'GET /api/citizen/certificazioni/verifications': citizen(200), // checks of the caller's own certificates
  'GET /api/operator/certificazioni/citizens/:citizenId/certificates': office(404), // Giulia is outside the callers' offices
  'POST /api/operator/certificazioni/citizens/:citizenId/certificates': office(404),
  'GET /api/operator/certificazioni/certificates/:certificateId/pdf': office(404),
  'POST /api/operator/certificazioni/certificates/:certificateId/revoke': office(404),
  'GET /api/public/certificates/:code': all(404), // a well-formed code of no certificate
  'POST /api/public/certificates/verify-file': all(200), // a PDF that is not one of ours: outcome not_found
};

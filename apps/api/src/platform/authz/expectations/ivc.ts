import type { RouteInput } from '../authz-callers';
import { all, citizen, managers, office, type RouteExpectation } from '../authz-outcomes';

/** @Allow([ivc_assessor]): only the assessor caller (Chiara Moretti, appointed for Piedmont) gets past the policy, then gets `o` */
const assessor = (o: Parameters<typeof all>[0]): RouteExpectation => ({ ...all(403), anonymous: 401, assessor: o });

/**
 * IVC, validation of competences (issue 15). `:caseId` is the fixture's (a conditionality case of Giulia's: no IVC case
 * of anyone), `:outputId` and `:evidenceId` name nothing: whoever gets past the policy gets 404, the same as for a case
 * of another office or region (ivc.int-spec.ts proves the scoping on real cases). The bodies are valid, so the 404 is
 * the scope's answer, not the validation's.
 */
export const IVC_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/ivc/qualifications': citizen(200), // the repertoire: no one's data
  'POST /api/citizen/ivc/cases': citizen(400), // an empty body: nothing asked
  'GET /api/citizen/ivc/cases': citizen(200), // the caller's own
  'GET /api/citizen/ivc/cases/:caseId': citizen(404),
  'GET /api/citizen/ivc/outputs/:outputId/pdf': citizen(404),
  'GET /api/citizen/ivc/outputs/:outputId/badge': citizen(404),
  'GET /api/operator/ivc/qualifications': office(200), // office staff and assessors (the assessor caller is both)
  'GET /api/operator/ivc/cases': office(200), // those of the caller's offices
  'GET /api/operator/ivc/cases/:caseId': office(404),
  'POST /api/operator/ivc/cases/:caseId/take-charge': office(404),
  'POST /api/operator/ivc/cases/:caseId/evidence': office(404),
  'DELETE /api/operator/ivc/cases/:caseId/evidence/:evidenceId': office(404),
  'POST /api/operator/ivc/cases/:caseId/identification/close': office(404),
  'GET /api/operator/ivc/outputs/:outputId/pdf': office(404),
  'GET /api/operator/ivc/assessors': managers(200), // the manager's region's
  'POST /api/operator/ivc/assessors': managers(201), // appoints the citizen caller (their session keeps its roles)
  'GET /api/operator/ivc/assessments': assessor(200),
  'POST /api/operator/ivc/cases/:caseId/assessment': assessor(404),
  'PUT /api/operator/ivc/cases/:caseId/judgements': assessor(404),
  'POST /api/operator/ivc/cases/:caseId/validation/close': assessor(404),
  'POST /api/operator/ivc/cases/:caseId/certification': assessor(404),
};

/** What the matrix sends (authz-fixture.ts spreads these in). */
export const IVC_INPUTS: Record<string, RouteInput> = {
  'POST /api/operator/ivc/cases/:caseId/evidence': { body: { kind: 'note', text: 'Colloquio di prova' } },
  'POST /api/operator/ivc/cases/:caseId/identification/close': { body: { summary: 'Sintesi di prova del percorso' } },
  'POST /api/operator/ivc/assessors': { body: { fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' } },
  'PUT /api/operator/ivc/cases/:caseId/judgements': { body: { items: [{ competenceId: '1ec00000-0000-4000-8000-000000000001', outcome: 'validated', notes: 'prova' }] } },
  'POST /api/operator/ivc/cases/:caseId/certification': { body: { outcome: 'passed', examDate: '2026-12-01', commissionRef: 'V-1' } },
};

/** Path parameters of the IVC routes that no other route has: ids of nothing. */
export const IVC_PARAMS = { outputId: '1ec00000-0000-4000-8000-0000000000a1', evidenceId: '1ec00000-0000-4000-8000-0000000000e1' };

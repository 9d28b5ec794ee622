import type { RouteInput } from '../authz-fixture';
import { citizen, employer, office, type RouteExpectation } from '../authz-outcomes';

/** What the company routes are sent in the matrix (spread into the fixture's inputs). */
export const COMPANIES_INPUTS: Record<string, RouteInput> = {
  'POST /api/employer/registry/companies/:companyId/members': { body: { fiscalCode: 'BNCGLI90A41F335M', givenName: 'Giulia', familyName: 'Bianchi' } },
  'POST /api/operator/registry/companies/:companyId/review': { body: { decision: 'reject', reason: 'prova' } },
  'POST /api/employer/matching/vacancies/:vacancyId/contact-requests': { body: { candidateKey: 'A'.repeat(32), channel: 'direct' } },
  'POST /api/citizen/matching/contact-requests/:requestId/answer': { body: { accept: true } },
  'POST /api/employer/dossier/companies/:companyId/messages': { body: { body: 'Messaggio' } },
  'POST /api/operator/dossier/companies/:companyId/messages': { body: { body: 'Messaggio' } },
};

/**
 * Companies (issue 14). The victim company is Pasticceria Gianduja (main site in Moncalieri, CPI Moncalieri): none of the
 * callers belongs to it and the operator and manager serve CPI Torino.
 */
export const COMPANIES_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/citizen/registry/companies': citizen(400), // the fixture's body is empty: every signed-in person may declare a company
  'GET /api/citizen/registry/companies': citizen(200), // the caller's own companies
  'GET /api/citizen/registry/companies/:companyId': citizen(404),
  'POST /api/employer/registry/companies/:companyId/members': employer(404),
  'DELETE /api/employer/registry/companies/:companyId/members/:memberId': employer(404),
  'GET /api/operator/registry/companies': office(200), // the companies of the caller's offices
  'GET /api/operator/registry/companies/:companyId': office(404),
  'POST /api/operator/registry/companies/:companyId/review': office(404),
  // the company's candidate search and contact requests: the victim vacancy is another company's; no request is the caller's
  'GET /api/employer/matching/vacancies/:vacancyId/candidate-search': employer(404),
  'POST /api/employer/matching/vacancies/:vacancyId/contact-requests': employer(404),
  'GET /api/employer/matching/contact-requests': employer(200), // the caller's own companies' requests
  'GET /api/citizen/matching/contact-requests': citizen(200), // requests addressed to the caller
  'POST /api/citizen/matching/contact-requests/:requestId/answer': citizen(404),
  'GET /api/operator/matching/contact-requests': office(200), // the queue of the caller's own offices
  'POST /api/operator/matching/contact-requests/:requestId/forward': office(404),
  // the company thread of the dossier's messages: the victim company is not the employer's and not of the operator's office
  'GET /api/employer/dossier/companies/:companyId/messages': employer(404),
  'POST /api/employer/dossier/companies/:companyId/messages': employer(404),
  'POST /api/employer/dossier/companies/:companyId/messages/:messageId/read': employer(404),
  'GET /api/operator/dossier/companies/:companyId/messages': office(404),
  'POST /api/operator/dossier/companies/:companyId/messages': office(404),
  'POST /api/operator/dossier/companies/:companyId/messages/:messageId/read': office(404),
};

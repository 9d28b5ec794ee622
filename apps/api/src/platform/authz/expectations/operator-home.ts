import { office, type RouteExpectation } from '../authz-outcomes';

/**
 * The operator home and the dossier's tabs (issue 17): a person's appointments reach Giulia only from CPI Moncalieri,
 * which no caller serves (404); the unread-messages list answers every office caller with the threads of their own
 * offices (Giulia's, if any, never among them).
 */
export const OPERATOR_HOME_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/operator/agenda/citizens/:citizenId/appointments': office(404),
  'GET /api/operator/dossier/unread-messages': office(200),
};

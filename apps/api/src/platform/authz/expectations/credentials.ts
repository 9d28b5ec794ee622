import type { INestApplication } from '@nestjs/common';
import { issueTestBadge } from '../../../modules/certificazioni/credentials.test-kit';
import type { RouteInput } from '../authz-callers';
import { all, citizen, office, type RouteExpectation } from '../authz-outcomes';

/**
 * Open Badges 3.0 credentials (issue 15): the fixture issues one to Giulia (CPI Moncalieri, which no caller serves).
 * The citizen routes answer every caller as themselves (Giulia's credential is not theirs); the operator routes reach
 * her only from her office; the DID document, the status lists and the public check answer anyone (the check of a
 * string that is no credential: result invalid).
 */
export const CREDENTIALS_EXPECTATIONS: Record<string, RouteExpectation> = {
  'GET /api/citizen/certificazioni/credentials': citizen(200), // the caller's own
  'GET /api/citizen/certificazioni/credentials/:credentialId/download': citizen(404), // Giulia's: not the caller's
  'GET /api/operator/certificazioni/citizens/:citizenId/credentials': office(404), // Giulia is outside the callers' offices
  'POST /api/operator/certificazioni/credentials/:credentialId/revoke': office(404),
  'POST /api/public/credentials/verify': all(200),
  'GET /api/public/credentials/status/:listId': all(200), // the list of the fixture's credential
  'GET /.well-known/did.json': all(200),
};

/** The fixture's request bodies of these routes. */
export const CREDENTIALS_INPUTS: Record<string, RouteInput> = {
  'POST /api/operator/certificazioni/credentials/:credentialId/revoke': { body: { reason: 'prova di revoca' } },
  'POST /api/public/credentials/verify': { body: { credential: 'not-a-credential' } },
};

/** An Open Badge of the victim's, issued by `by` of her office (as the ivc module would): the route parameters. */
export async function credentialsFixture(app: INestApplication, fiscalCode: string, by: string): Promise<{ credentialId: string; listId: string }> {
  const badge = await issueTestBadge(app, fiscalCode, by);
  return { credentialId: badge.id, listId: String(/\/(\d+)$/.exec(badge.statusListCredential)![1]) };
}

import type { Request } from 'express';
import type { Principal } from './principal';

/**
 * How the global auth guard checks a bearer token on an `@AgencyScopes` route, without the identity module knowing the
 * agencies module: the agencies module provides an implementation under AGENCY_TOKEN_VERIFIER (a global provider).
 * `verify` resolves the principal of a valid token whose client and accreditation are active now, or throws the
 * DomainError to answer (401 with WWW-Authenticate, 403 insufficient scope / accreditation not active, 429).
 */
export interface AgencyTokenVerifier {
  verify(req: Request, requiredScopes: readonly string[]): Promise<Principal>;
}

export const AGENCY_TOKEN_VERIFIER = Symbol.for('opencpi.agency-token-verifier');

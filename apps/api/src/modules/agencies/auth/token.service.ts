import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { AGENCY_SCOPES, CLIENT_CREDENTIALS_GRANT, ErrorCode, JWT_BEARER_ASSERTION_TYPE, type AgencyTokenRequest, type AgencyTokenResponse } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { todayRome } from '../../../platform/time/rome-time';
import { accreditationRefusal } from '../accreditation/accreditation-state';
import type { AgencyClientEntity } from '../entities/agency-client.entity';
import { AgencyAuthRepository } from './agency-auth.repository';
import { tokenError } from './oauth-errors';

/** Access tokens live 5 minutes; a client assertion may be valid for at most 5 minutes (plus the clock tolerance). */
export const ACCESS_TOKEN_TTL_SECONDS = 300;
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 30;
/** Asymmetric algorithms only: a client never shares a secret with us. */
export const ASSERTION_ALGORITHMS = ['ES256', 'ES384', 'PS256', 'RS256', 'EdDSA'];
export const TOKEN_PATH = '/api/agency/v1/oauth/token';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The token endpoint (OAuth 2.0 client credentials, RFC 6749 §4.4) with `private_key_jwt` client authentication
 * (RFC 7523 §2.2, §3): the assertion is verified with jose against the client's registered public keys; its jti is
 * used once; the agency's accreditation must be active today; the scopes must be the client's.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly repo: AgencyAuthRepository,
    private readonly env: Env,
  ) {}

  /** The `aud` every assertion must carry: this endpoint's public URL. */
  get audience(): string {
    return `${this.env.PUBLIC_API_URL.replace(/\/+$/, '')}${TOKEN_PATH}`;
  }

  async issue(body: AgencyTokenRequest): Promise<AgencyTokenResponse> {
    const assertion = this.checkRequest(body);
    const clientId = this.claimedClient(assertion, body.client_id);
    const client = await this.repo.client(clientId);
    if (!client) throw tokenError(ErrorCode.OAUTH_CLIENT_UNKNOWN, `No client ${clientId} is registered`);
    if (client.revokedAt) throw tokenError(ErrorCode.OAUTH_CLIENT_REVOKED, `The client ${clientId} has been revoked`);
    const claims = await this.verifyAssertion(assertion, client);

    const refusal = accreditationRefusal(await this.repo.accreditationOf(client.agencyId), todayRome());
    if (refusal) throw tokenError(refusal, "The agency's accreditation is not active today");
    const scopes = this.grantedScopes(body.scope, client);

    const accessToken = randomBytes(32).toString('base64url');
    const fresh = await this.repo.useAssertionAndIssue(
      { clientId, jti: claims.jti, expiresAt: new Date(claims.exp * 1000) },
      { tokenHash: hashToken(accessToken), clientId, agencyId: client.agencyId, scopes, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) },
    );
    if (!fresh) throw tokenError(ErrorCode.OAUTH_ASSERTION_REPLAYED, 'This client assertion (jti) has already been used: sign a new one for each token request');
    return { access_token: accessToken, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS, scope: scopes.join(' ') };
  }

  private checkRequest(body: AgencyTokenRequest): string {
    const missing = (['grant_type', 'client_assertion_type', 'client_assertion'] as const).filter((k) => !body[k]);
    if (missing.length > 0) {
      throw tokenError(
        ErrorCode.OAUTH_REQUEST_INVALID,
        `Missing: ${missing.join(', ')}`,
        missing.map((k) => ({ pointer: `/${k}`, detail: `${k} is required`, constraint: 'isDefined' })),
      );
    }
    if (body.grant_type !== CLIENT_CREDENTIALS_GRANT) throw tokenError(ErrorCode.OAUTH_GRANT_TYPE_UNSUPPORTED, `grant_type must be ${CLIENT_CREDENTIALS_GRANT}`);
    if (body.client_assertion_type !== JWT_BEARER_ASSERTION_TYPE) {
      throw tokenError(ErrorCode.OAUTH_REQUEST_INVALID, `client_assertion_type must be ${JWT_BEARER_ASSERTION_TYPE}`, [
        { pointer: '/client_assertion_type', detail: `must be ${JWT_BEARER_ASSERTION_TYPE}`, constraint: 'equals' },
      ]);
    }
    return body.client_assertion!;
  }

  /** The client the (not yet verified) assertion claims to be: only to choose the keys to verify it with. */
  private claimedClient(assertion: string, clientIdParam: string | undefined): string {
    let iss: unknown;
    try {
      iss = decodeJwt(assertion).iss;
    } catch {
      throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, 'client_assertion is not a JWT', [{ pointer: '/client_assertion', detail: 'not a JWT', constraint: 'isJwt' }]);
    }
    if (typeof iss !== 'string' || iss.length === 0 || iss.length > 80) throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, 'The assertion has no valid iss (the client id)');
    if (clientIdParam !== undefined && clientIdParam !== iss) throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, 'client_id differs from the assertion iss');
    return iss;
  }

  private async verifyAssertion(assertion: string, client: AgencyClientEntity): Promise<JWTPayload & { jti: string; exp: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(assertion, createLocalJWKSet(client.jwks), {
        issuer: client.clientId,
        subject: client.clientId,
        audience: this.audience,
        algorithms: ASSERTION_ALGORITHMS,
        requiredClaims: ['exp', 'jti'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw tokenError(ErrorCode.OAUTH_ASSERTION_EXPIRED, 'The client assertion has expired (exp)');
      if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey) {
        throw tokenError(ErrorCode.OAUTH_ASSERTION_SIGNATURE_INVALID, "The assertion's signature does not verify with any registered key of the client");
      }
      if (e instanceof errors.JWTClaimValidationFailed) throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, `Assertion claim ${e.claim}: ${e.reason}`);
      if (e instanceof errors.JOSEAlgNotAllowed) throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, `Allowed algorithms: ${ASSERTION_ALGORITHMS.join(', ')}`);
      throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, 'The client assertion cannot be verified');
    }
    const { jti, exp } = payload;
    if (typeof jti !== 'string' || jti.length === 0 || jti.length > 200) throw tokenError(ErrorCode.OAUTH_ASSERTION_INVALID, 'The assertion needs a jti of 1 to 200 characters');
    if (typeof exp !== 'number' || exp - Date.now() / 1000 > MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS) {
      throw tokenError(ErrorCode.OAUTH_ASSERTION_TOO_LONG, `exp may be at most ${MAX_ASSERTION_LIFETIME_SECONDS} seconds ahead`);
    }
    return { ...payload, jti, exp };
  }

  private grantedScopes(requested: string | undefined, client: AgencyClientEntity): string[] {
    const asked = requested?.trim() ? [...new Set(requested.trim().split(/\s+/))] : client.scopes;
    const refused = asked.filter((s) => !client.scopes.includes(s) || !(AGENCY_SCOPES as readonly string[]).includes(s));
    if (refused.length > 0 || asked.length === 0) {
      throw tokenError(ErrorCode.OAUTH_SCOPE_NOT_ALLOWED, `Scope not allowed for this client: ${refused.join(' ') || '(none)'}`, [
        { pointer: '/scope', detail: `not allowed: ${refused.join(' ')}`, constraint: 'allowedScopes' },
      ]);
    }
    return asked;
  }
}

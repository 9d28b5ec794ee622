import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import type { AgencyTokenVerifier } from '../../../platform/auth/agency-token-verifier';
import type { Principal } from '../../../platform/auth/principal';
import { DomainError } from '../../../platform/errors/domain-error';
import { rateLimitedDetail, setRateLimitHeaders } from '../../../platform/rate-limit/rate-limit.middleware';
import { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import { todayRome } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { accreditationRefusal } from '../accreditation/accreditation-state';
import { AgencyAuthRepository } from './agency-auth.repository';
import { bearerError } from './oauth-errors';
import { hashToken } from './token.service';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * The bearer check of every `@AgencyScopes` route (called by the global auth guard through AGENCY_TOKEN_VERIFIER):
 * a known, unexpired token of a client not revoked; the client's own rate budget; the agency's accreditation active
 * today (checked on every request, not only when the token was issued); every scope the route needs.
 */
@Injectable()
export class AgencyTokenVerifierService implements AgencyTokenVerifier {
  private readonly limit: number;

  constructor(
    private readonly repo: AgencyAuthRepository,
    private readonly registry: RegistryService,
    private readonly limiter: RateLimiter,
    env: Env,
  ) {
    this.limit = env.AGENCY_RATE_LIMIT_PER_MINUTE ?? env.RATE_LIMIT_PER_MINUTE;
  }

  async verify(req: Request, requiredScopes: readonly string[]): Promise<Principal> {
    const header = req.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw bearerError(ErrorCode.UNAUTHENTICATED, 'Send an access token of POST /api/agency/v1/oauth/token in Authorization: Bearer');
    const grant = await this.repo.grantOf(hashToken(token));
    if (!grant || grant.clientRevoked) throw bearerError(ErrorCode.AGENCY_TOKEN_INVALID, 'The access token is not valid');
    if (grant.expiresAt.getTime() <= Date.now()) throw bearerError(ErrorCode.AGENCY_TOKEN_EXPIRED, 'The access token has expired: ask for a new one');

    const budget = this.limiter.take(`agency:${grant.clientId}`, this.limit);
    setRateLimitHeaders(req.res as Response, budget);
    if (!budget.allowed) throw new DomainError(ErrorCode.RATE_LIMITED, rateLimitedDetail(budget, 'for this client'), undefined, { 'Retry-After': String(budget.resetSeconds) });

    const refusal = accreditationRefusal(grant.accreditation, todayRome());
    if (refusal) throw bearerError(refusal, "The agency's accreditation is not active today");
    const missing = requiredScopes.filter((s) => !grant.scopes.includes(s));
    if (missing.length > 0) throw bearerError(ErrorCode.AGENCY_SCOPE_INSUFFICIENT, `This operation needs the scope ${requiredScopes.join(' ')}`, requiredScopes);

    const agency = (await this.registry.agenciesByIds([grant.agencyId])).get(grant.agencyId);
    if (!agency) throw bearerError(ErrorCode.AGENCY_NOT_ACCREDITED, 'The agency is no longer in the registry');
    // not a person: roles [] (no session policy admits it), the VAT number as the audit actor; kind/app/spidLevel are placeholders
    return {
      sessionId: `agency-client:${grant.clientId}`,
      fiscalCode: agency.vatNumber,
      givenName: agency.name,
      familyName: '',
      roles: [],
      spidLevel: 1,
      kind: 'spid',
      app: 'operator',
      absoluteExpiresAt: grant.expiresAt,
      csrfToken: '',
      agencyClient: { agencyId: grant.agencyId, clientId: grant.clientId, scopes: grant.scopes, agencyName: agency.name, vatNumber: agency.vatNumber },
    };
  }
}

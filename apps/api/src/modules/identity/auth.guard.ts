import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, OFFICE_ROLES, type Role, type SpidLevel, type IdentityProviderKind } from '@opencpi/contracts';
import { AGENCY_TOKEN_VERIFIER, type AgencyTokenVerifier } from '../../platform/auth/agency-token-verifier';
import { POLICY_KEY, type RoutePolicy } from '../../platform/auth/policy.decorator';
import { PRINCIPAL_KEY, type Principal, type RequestWithPrincipal } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors/domain-error';
import { RequestRateLimits } from '../../platform/rate-limit/request-rate-limits';
import { RegistryService } from '../registry/registry.service';
import { SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard. Deny by default: a route with no declared policy is refused. Resolves the session,
 * enforces roles and SPID level, loads the staff scope (offices) fresh from the registry, and checks the
 * CSRF token on every state-changing request made with a session. `@AgencyScopes` routes take only an agency's bearer
 * token, checked by the AGENCY_TOKEN_VERIFIER the agencies module provides; session routes never look at bearer tokens.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly registry: RegistryService,
    private readonly rateLimits: RequestRateLimits,
    @Optional() @Inject(AGENCY_TOKEN_VERIFIER) private readonly agencyTokens?: AgencyTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new DomainError(ErrorCode.FORBIDDEN, 'This route declares no access policy');
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (policy.kind === 'agency') {
      // a machine route: only an agency's bearer token counts; a session cookie is ignored (never enough)
      if (!this.agencyTokens) throw new DomainError(ErrorCode.FORBIDDEN, 'Agency access is not configured');
      req[PRINCIPAL_KEY] = await this.agencyTokens.verify(req, policy.scopes);
      return true;
    }
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const lookup = await this.sessions.touch(token);
    // the per-session budget from the verified session, never from the raw cookie; the per-address one ran before
    this.rateLimits.check(context, lookup.state === 'active' ? lookup.session.id : null);

    if (lookup.state === 'active') {
      const s = lookup.session;
      const principal: Principal = {
        sessionId: s.id,
        fiscalCode: s.fiscalCode,
        givenName: s.givenName,
        familyName: s.familyName,
        roles: s.roles as Role[],
        spidLevel: s.spidLevel as SpidLevel,
        kind: s.kind as IdentityProviderKind,
        app: s.app,
        absoluteExpiresAt: s.absoluteExpiresAt,
        csrfToken: s.csrfToken,
      };
      // company membership is read on each citizen-app request, like the staff scope: no stale `employer` after joining or leaving
      if (s.app === 'citizen') principal.roles = await this.registry.refreshEmployerRole(principal.fiscalCode, principal.roles);
      if (principal.roles.some((r) => OFFICE_ROLES.includes(r))) {
        const staff = await this.registry.staffScope(principal.fiscalCode);
        if (staff) principal.staff = staff;
        else principal.roles = principal.roles.filter((r) => !OFFICE_ROLES.includes(r)); // deactivated since login
      }
      req[PRINCIPAL_KEY] = principal;
      const csrfRequired = policy.kind === 'roles' || policy.csrf;
      if (csrfRequired && !SAFE_METHODS.has(req.method) && !SessionService.csrfMatches(s.csrfToken, req.headers['x-csrf-token'])) {
        throw new DomainError(ErrorCode.CSRF_TOKEN_INVALID, 'Send the csrfToken of GET /api/auth/session in the X-CSRF-Token header');
      }
    }
    if (policy.kind === 'public') return true;

    const principal = req[PRINCIPAL_KEY];
    if (!principal) throw new DomainError(lookup.state === 'expired' ? ErrorCode.SESSION_EXPIRED : ErrorCode.UNAUTHENTICATED);
    if (!policy.roles.some((r) => principal.roles.includes(r))) {
      throw new DomainError(ErrorCode.FORBIDDEN, `This operation requires one of the roles: ${policy.roles.join(', ')}`);
    }
    if (principal.spidLevel < policy.minLevel) {
      throw new DomainError(ErrorCode.FORBIDDEN, `This operation requires SPID/CIE level ${policy.minLevel} or higher`);
    }
    return true;
  }
}

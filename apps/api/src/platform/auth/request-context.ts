import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorCode, Role } from '@opencpi/contracts';
import { DomainError } from '../errors/domain-error';
import { correlationIdOf } from '../http/correlation-id';
import { PRINCIPAL_KEY, type Principal, type RequestWithPrincipal } from './principal';

/** What a use case needs to know about the HTTP request: who, from where, which correlation id. */
export interface RequestContext {
  principal: Principal;
  ip: string | null;
  userAgent: string | null;
  correlationId: string;
}

export type RequestOrigin = Omit<RequestContext, 'principal'>;

/** Where a request comes from: address, user agent, correlation id (for audit records). */
export function requestOriginOf(req: Request): RequestOrigin {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null, correlationId: correlationIdOf(req) };
}

export function requestContextOf(req: Request, principal: Principal): RequestContext {
  return { principal, ...requestOriginOf(req) };
}

/**
 * A person acting without a session, through a signed single-purpose link sent to them (invitation, recall):
 * audited as themselves, with `via` (e.g. `invitation:<id>`) as the session id. The link itself is the credential.
 */
export function personViaLink(person: { fiscalCode: string; givenName: string; familyName: string }, via: string, expiresAt: Date, origin: RequestOrigin): RequestContext {
  return {
    ...origin,
    principal: {
      sessionId: via,
      fiscalCode: person.fiscalCode,
      givenName: person.givenName,
      familyName: person.familyName,
      roles: [Role.Citizen],
      spidLevel: 1,
      kind: 'spid',
      app: 'citizen',
      absoluteExpiresAt: expiresAt,
      csrfToken: '',
    },
  };
}

/** Injects the RequestContext of an authenticated route (the guard has already required a session). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => {
  const req = ctx.switchToHttp().getRequest<RequestWithPrincipal>();
  const principal = req[PRINCIPAL_KEY];
  if (!principal) throw new DomainError(ErrorCode.UNAUTHENTICATED);
  return requestContextOf(req, principal);
});

/** The principal if the caller has a session (for public routes), else undefined. */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined => ctx.switchToHttp().getRequest<RequestWithPrincipal>()[PRINCIPAL_KEY],
);

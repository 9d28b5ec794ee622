import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorCode } from '@opencpi/contracts';
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

export function requestContextOf(req: Request, principal: Principal): RequestContext {
  const ua = req.headers['user-agent'];
  return {
    principal,
    ip: req.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
    correlationId: correlationIdOf(req),
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

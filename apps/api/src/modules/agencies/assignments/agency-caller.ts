import { ErrorCode } from '@opencpi/contracts';
import type { AgencyClientScope } from '../../../platform/auth/principal';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';

/** The agency a machine caller acts for (the `@AgencyScopes` guard has already checked the token and accreditation). */
export function agencyOf(ctx: RequestContext): AgencyClientScope {
  const a = ctx.principal.agencyClient;
  if (!a) throw new DomainError(ErrorCode.FORBIDDEN, 'Only an agency client may call this');
  return a;
}

import { ErrorCode } from '@opencpi/contracts';
import type { StaffScope } from '../../../platform/auth/principal';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';

/** The caller's staff scope when they serve `officeId`; OFFICE_NOT_SERVED (on `/officeId`) otherwise. */
export function requireOffice(ctx: RequestContext, officeId: string): StaffScope {
  const staff = ctx.principal.staff;
  if (!staff || !staff.officeIds.includes(officeId)) throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, undefined, [{ pointer: '/officeId', detail: 'not one of your offices' }]);
  return staff;
}

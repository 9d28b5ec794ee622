import { ErrorCode } from '@opencpi/contracts';
import { DomainError } from '../../../platform/errors/domain-error';
import { etagOf, ifMatchAccepts } from '../domain/paging';

/** Updates need the ETag the caller last read: 428 without `If-Match`, 412 when the resource changed since. */
export function requireIfMatch(resource: { id: string; version: number }, ifMatch: string | undefined): void {
  if (!ifMatch) throw new DomainError(ErrorCode.PRECONDITION_REQUIRED, 'Send If-Match with the ETag of the assignment you read');
  if (!ifMatchAccepts(ifMatch, etagOf(resource.id, resource.version))) throw new DomainError(ErrorCode.PRECONDITION_FAILED, 'The assignment changed since you read it');
}

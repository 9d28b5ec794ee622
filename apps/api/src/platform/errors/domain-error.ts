import type { ErrorCode, FieldError } from '@opencpi/contracts';

/** What services throw. The global filter turns it into problem+json using the module status tables. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** extra headers for the answer, e.g. Retry-After */
    readonly headers?: Record<string, string>,
    /** extra top-level members of the problem (RFC 9457 §3.2), e.g. OAuth's `error` and `error_description` (RFC 6749 §5.2) */
    readonly extensions?: Record<string, string>,
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

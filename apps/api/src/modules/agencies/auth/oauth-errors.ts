import { ErrorCode, type FieldError } from '@opencpi/contracts';
import { DomainError } from '../../../platform/errors/domain-error';

/** RFC 6749 §5.2 `error` of each token-endpoint refusal; the problem's `code` names the precise reason. */
const TOKEN_ERROR: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.OAUTH_REQUEST_INVALID]: 'invalid_request',
  [ErrorCode.OAUTH_GRANT_TYPE_UNSUPPORTED]: 'unsupported_grant_type',
  [ErrorCode.OAUTH_CLIENT_UNKNOWN]: 'invalid_client',
  [ErrorCode.OAUTH_CLIENT_REVOKED]: 'invalid_client',
  [ErrorCode.OAUTH_ASSERTION_INVALID]: 'invalid_client',
  [ErrorCode.OAUTH_ASSERTION_SIGNATURE_INVALID]: 'invalid_client',
  [ErrorCode.OAUTH_ASSERTION_EXPIRED]: 'invalid_grant',
  [ErrorCode.OAUTH_ASSERTION_TOO_LONG]: 'invalid_grant',
  [ErrorCode.OAUTH_ASSERTION_REPLAYED]: 'invalid_grant',
  [ErrorCode.OAUTH_SCOPE_NOT_ALLOWED]: 'invalid_scope',
  [ErrorCode.AGENCY_NOT_ACCREDITED]: 'unauthorized_client',
  [ErrorCode.AGENCY_ACCREDITATION_SUSPENDED]: 'unauthorized_client',
  [ErrorCode.AGENCY_ACCREDITATION_REVOKED]: 'unauthorized_client',
  [ErrorCode.AGENCY_ACCREDITATION_EXPIRED]: 'unauthorized_client',
};

/** A token-endpoint refusal: problem+json with a stable code plus OAuth's `error` and `error_description`. */
export function tokenError(code: ErrorCode, description: string, errors?: FieldError[]): DomainError {
  return new DomainError(code, description, errors, { 'Cache-Control': 'no-store' }, { error: TOKEN_ERROR[code] ?? 'invalid_request', error_description: description });
}

const REALM = 'opencpi-agency';
const quoted = (s: string) => s.replace(/["\\]/g, "'");

/**
 * A refusal of a bearer token on an agency route (RFC 6750 §3): 401 with WWW-Authenticate for a missing, unknown or
 * expired token; 403 `insufficient_scope` naming the scopes needed; 403 for an accreditation not active now.
 */
export function bearerError(code: ErrorCode, description: string, scopes?: readonly string[]): DomainError {
  if (code === ErrorCode.UNAUTHENTICATED) return new DomainError(code, description, undefined, { 'WWW-Authenticate': `Bearer realm="${REALM}"` });
  const error =
    code === ErrorCode.AGENCY_SCOPE_INSUFFICIENT
      ? 'insufficient_scope'
      : code === ErrorCode.AGENCY_TOKEN_INVALID || code === ErrorCode.AGENCY_TOKEN_EXPIRED
        ? 'invalid_token'
        : null;
  if (!error) return new DomainError(code, description, undefined, undefined, { error: 'access_denied', error_description: description });
  const scope = scopes && scopes.length > 0 ? `, scope="${scopes.join(' ')}"` : '';
  const header = `Bearer realm="${REALM}", error="${error}", error_description="${quoted(description)}"${scope}`;
  return new DomainError(code, description, undefined, { 'WWW-Authenticate': header }, { error, error_description: description });
}

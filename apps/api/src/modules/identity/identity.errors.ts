import { ErrorCode } from '@opencpi/contracts';

export const IDENTITY_ERRORS = {
  [ErrorCode.IDP_UNKNOWN]: { status: 400, title: 'Unknown identity provider' },
  [ErrorCode.SAML_RESPONSE_INVALID]: { status: 401, title: 'The authentication response could not be verified' },
  [ErrorCode.SAML_RESPONSE_REPLAYED]: { status: 401, title: 'The authentication response was already used or was not requested' },
  [ErrorCode.SAML_LEVEL_TOO_LOW]: { status: 401, title: 'Authentication level lower than requested' },
  [ErrorCode.SAML_IDP_ERROR]: { status: 401, title: 'The identity provider reported an error' },
  [ErrorCode.FISCAL_CODE_INVALID]: { status: 400, title: 'Invalid fiscal code' },
  [ErrorCode.DEV_IDP_REQUEST_INVALID]: { status: 400, title: 'Invalid authentication request' },
  [ErrorCode.SAML_LOGOUT_INVALID]: { status: 400, title: 'The logout message could not be verified' },
  [ErrorCode.EIDAS_IDENTITY_NOT_LINKED]: { status: 401, title: 'eIDAS identity not linked to a registered person' },
  [ErrorCode.EIDAS_IDENTITY_UNKNOWN]: { status: 404, title: 'Unknown eIDAS identity' },
} as const;

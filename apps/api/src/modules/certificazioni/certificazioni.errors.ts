import { ErrorCode } from '@opencpi/contracts';

export const CERTIFICAZIONI_ERRORS = {
  [ErrorCode.CERTIFICATE_NOT_FOUND]: { status: 404, title: 'No such certificate' },
  [ErrorCode.CERTIFICATE_ALREADY_REVOKED]: { status: 409, title: 'The certificate has already been revoked' },
  [ErrorCode.CERTIFICATE_DATE_INVALID]: { status: 400, title: 'The date of the attestation is not valid' },
  [ErrorCode.CERTIFICATE_PATTO_NOT_SIGNED]: { status: 422, title: 'The patto has no signed version to copy' },
  [ErrorCode.CREDENTIAL_NOT_FOUND]: { status: 404, title: 'No such credential' },
  [ErrorCode.CREDENTIAL_ALREADY_REVOKED]: { status: 409, title: 'The credential has already been revoked' },
  [ErrorCode.CREDENTIAL_STATUS_LIST_NOT_FOUND]: { status: 404, title: 'No such status list' },
} as const;

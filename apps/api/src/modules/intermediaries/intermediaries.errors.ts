import { ErrorCode } from '@opencpi/contracts';

export const INTERMEDIARIES_ERRORS = {
  [ErrorCode.INTERMEDIARY_ORGANISATION_NOT_FOUND]: { status: 404, title: 'Organisation not found' },
  [ErrorCode.INTERMEDIARY_ORGANISATION_EXISTS]: { status: 409, title: 'An organisation with this fiscal code is already registered' },
  [ErrorCode.INTERMEDIARY_OPERATOR_EXISTS]: { status: 409, title: 'This person is already an operator of a registered organisation' },
  [ErrorCode.DELEGATION_NOT_FOUND]: { status: 404, title: 'Delegation not found' },
  [ErrorCode.DELEGATION_EXISTS]: { status: 409, title: 'The organisation already holds a delegation from this person for these days' },
  [ErrorCode.DELEGATION_TOO_LONG]: { status: 400, title: 'A delegation lasts at most one year' },
  [ErrorCode.DELEGATION_REQUIRED]: { status: 403, title: 'No active delegation from this person covers this action' },
  [ErrorCode.DELEGATE_CANNOT_SIGN]: { status: 403, title: 'An intermediary never signs a patto in the person’s place' },
} as const;

import { ErrorCode } from '@opencpi/contracts';

export const PATTO_ERRORS = {
  [ErrorCode.DID_ALREADY_ACTIVE]: { status: 409, title: 'A DID is already active' },
  [ErrorCode.DID_NOT_FOUND]: { status: 404, title: 'No active DID' },
  [ErrorCode.DID_NOT_ELIGIBLE]: { status: 422, title: 'The declared situation does not allow a DID' },
  [ErrorCode.SKILLS_ASSESSMENT_INVALID]: { status: 400, title: 'Invalid self-assessment answer' },
  [ErrorCode.PROFILING_REQUIRED]: { status: 409, title: 'Profiling required first' },
  [ErrorCode.PATTO_NOT_FOUND]: { status: 404, title: 'Patto not found' },
  [ErrorCode.PATTO_ALREADY_ACTIVE]: { status: 409, title: 'The person already has an active patto' },
  [ErrorCode.PATTO_NOT_EDITABLE]: { status: 409, title: 'The patto cannot be changed in this state' },
  [ErrorCode.PATTO_NOT_SIGNABLE]: { status: 409, title: 'The patto is not open for signature' },
  [ErrorCode.PATTO_ALREADY_SIGNED]: { status: 409, title: 'Already signed by this party' },
  [ErrorCode.PATTO_DOCUMENT_CHANGED]: { status: 409, title: 'The document changed since it was read' },
  [ErrorCode.SIGNATURE_CODE_INVALID]: { status: 422, title: 'Wrong signature code' },
  [ErrorCode.SIGNATURE_CODE_EXPIRED]: { status: 410, title: 'Signature code expired or used up' },
  [ErrorCode.SIGNATURE_CHANNEL_UNAVAILABLE]: { status: 422, title: 'No verified address on this channel' },
  [ErrorCode.AGENCY_NOT_FOUND]: { status: 404, title: 'Agency not found' },
  [ErrorCode.PLAN_ITEM_NOT_FOUND]: { status: 404, title: 'Plan item not found' },
} as const;

import { ErrorCode } from '@opencpi/contracts';

export const IVC_ERRORS = {
  [ErrorCode.IVC_QUALIFICATION_NOT_FOUND]: { status: 404, title: 'No such qualification in the repertoire' },
  [ErrorCode.IVC_CASE_NOT_FOUND]: { status: 404, title: 'No such validation case' },
  [ErrorCode.IVC_CASE_ALREADY_OPEN]: { status: 409, title: 'A validation for this qualification is already in progress' },
  [ErrorCode.IVC_CASE_STATE_INVALID]: { status: 409, title: 'The case is not at the step this action needs' },
  [ErrorCode.IVC_NOT_GUIDING_OPERATOR]: { status: 403, title: 'Only the guiding operator of the case may do this' },
  [ErrorCode.IVC_NOT_CASE_ASSESSOR]: { status: 403, title: 'Only the assessor of the case may do this' },
  [ErrorCode.IVC_ASSESSOR_IS_GUIDING_OPERATOR]: { status: 409, title: 'The guiding operator cannot assess the same case' },
  [ErrorCode.IVC_EVIDENCE_REQUIRED]: { status: 409, title: 'The dossier has no evidence yet' },
  [ErrorCode.IVC_EVIDENCE_NOT_FOUND]: { status: 404, title: 'No such evidence in the dossier' },
  [ErrorCode.IVC_JUDGEMENTS_INCOMPLETE]: { status: 409, title: 'Some competences have not been judged' },
  [ErrorCode.IVC_OUTPUT_NOT_FOUND]: { status: 404, title: 'No such output' },
  [ErrorCode.IVC_ASSESSOR_ALREADY_APPOINTED]: { status: 409, title: 'This person is already an appointed assessor' },
} as const;

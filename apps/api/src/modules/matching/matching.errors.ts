import { ErrorCode } from '@opencpi/contracts';

export const MATCHING_ERRORS = {
  [ErrorCode.TAXONOMY_UNKNOWN]: { status: 400, title: 'Unknown occupation or skill' },
  [ErrorCode.COMUNE_UNKNOWN]: { status: 400, title: 'Unknown comune' },
  [ErrorCode.PROFILE_REQUIRED]: { status: 409, title: 'A professional profile is required' },
  [ErrorCode.VACANCY_NOT_FOUND]: { status: 404, title: 'Vacancy not found' },
  [ErrorCode.VACANCY_FLAGGED]: { status: 422, title: 'Possibly discriminatory requirements' },
  [ErrorCode.VACANCY_NOT_EDITABLE]: { status: 409, title: 'The vacancy cannot be changed in this state' },
  [ErrorCode.VACANCY_NOT_OPEN]: { status: 409, title: 'The vacancy is not open' },
  [ErrorCode.ALREADY_APPLIED]: { status: 409, title: 'Already applied' },
  [ErrorCode.APPLICATION_NOT_FOUND]: { status: 404, title: 'Application not found' },
  [ErrorCode.CANDIDATE_NOT_VISIBLE]: { status: 404, title: 'Candidate not visible' },
  [ErrorCode.COMPANY_NOT_FOUND]: { status: 404, title: 'Company not found' },
  [ErrorCode.RECRUITING_DAY_NOT_FOUND]: { status: 404, title: 'Recruiting day not found' },
  [ErrorCode.CONTACT_REQUEST_EXISTS]: { status: 409, title: 'The company already asked this candidate for this vacancy' },
  [ErrorCode.CONTACT_REQUEST_NOT_FOUND]: { status: 404, title: 'Contact request not found' },
  [ErrorCode.CONTACT_REQUEST_ANSWERED]: { status: 409, title: 'The contact request is not waiting for this step' },
} as const;

import { ErrorCode } from '@opencpi/contracts';

export const REGISTRY_ERRORS = {
  [ErrorCode.CITIZEN_NOT_FOUND]: { status: 404, title: 'Citizen not found' },
  [ErrorCode.COMPANY_NOT_APPROVED]: { status: 403, title: 'The company is not approved by the CPI' },
  [ErrorCode.COMPANY_ALREADY_REGISTERED]: { status: 409, title: 'A company with this partita IVA is already registered' },
  [ErrorCode.COMPANY_NOT_PENDING]: { status: 409, title: 'The company registration was already reviewed' },
  [ErrorCode.COMPANY_ADMIN_REQUIRED]: { status: 403, title: 'Only the company administrator can do this' },
  [ErrorCode.COMPANY_MEMBER_EXISTS]: { status: 409, title: 'This person is already a member of the company' },
  [ErrorCode.COMPANY_MEMBER_NOT_FOUND]: { status: 404, title: 'Company member not found' },
} as const;

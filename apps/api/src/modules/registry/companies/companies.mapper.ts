import type { CompanyResponse } from '@opencpi/contracts';
import type { CompanyMemberRow, CompanyRow, CompanySiteRow } from './companies.repository';

/** A company row with its sites and members → the response (`canAdminister` on the company side only). */
export function toCompanyResponse(c: CompanyRow, sites: CompanySiteRow[], members: CompanyMemberRow[], canAdminister?: boolean): CompanyResponse {
  return {
    id: c.id,
    name: c.name,
    vatNumber: c.vatNumber,
    ...(c.fiscalCode ? { fiscalCode: c.fiscalCode.trim() } : {}),
    atecoCode: c.atecoCode,
    status: c.status,
    ...(c.rejectionReason ? { rejectionReason: c.rejectionReason } : {}),
    ...(c.officeId ? { officeId: c.officeId } : {}),
    ...(c.officeName ? { officeName: c.officeName } : {}),
    sites: sites
      .filter((s) => s.companyId === c.id)
      .map((s) => ({ comuneIstat: s.comuneIstat, ...(s.comuneName ? { comuneName: s.comuneName } : {}), address: s.address, main: s.position === 0 })),
    members: members.filter((m) => m.companyId === c.id).map((m) => ({ id: m.id, fiscalCode: m.fiscalCode, givenName: m.givenName, familyName: m.familyName, admin: m.admin })),
    ...(canAdminister !== undefined ? { canAdminister } : {}),
    createdAt: new Date(c.createdAt).toISOString(),
    ...(c.reviewedAt ? { reviewedAt: new Date(c.reviewedAt).toISOString() } : {}),
  };
}

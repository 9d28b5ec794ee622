import { companyKeys, getOfficeCompany } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/companies/:companyId (its members read: audited). */
export function useOfficeCompany(companyId: string) {
  return useQuery({ queryKey: companyKeys.officeCompany(companyId), queryFn: ({ signal }) => getOfficeCompany(companyId, signal) });
}

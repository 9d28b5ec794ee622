import { companyKeys, getOfficeCompanies } from '@opencpi/api-client';
import type { CompanyStatus } from '@opencpi/contracts';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/companies?status=: the companies of my offices (by main site). */
export function useOfficeCompanies(status?: CompanyStatus) {
  return useQuery({ queryKey: companyKeys.officeCompanies(status), queryFn: ({ signal }) => getOfficeCompanies(status, signal) });
}

import { companyKeys, getMyCompanies } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/registry/companies: the companies I belong to, whatever their status. */
export function useMyCompanies(enabled = true) {
  return useQuery({ queryKey: companyKeys.mine(), queryFn: ({ signal }) => getMyCompanies(signal), enabled });
}

import { getMyApplications, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/applications: my applications and the vacancies the CPI proposed me for. */
export function useMyApplications() {
  return useQuery({
    queryKey: queryKeys.citizen.applications(),
    queryFn: ({ signal }) => getMyApplications(signal),
  });
}

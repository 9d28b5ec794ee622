import { getCitizenProfile, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/registry/profile: my data from SPID/CIE and my CPI. */
export function useCitizenProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.citizen.profile(),
    queryFn: ({ signal }) => getCitizenProfile(signal),
    enabled,
  });
}

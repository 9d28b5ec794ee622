import { getPersonOverview, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/patto/citizens/:citizenId: DID, employment status, channel, profiling and patto of one person. */
export function usePersonOverview(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.person(citizenId),
    queryFn: ({ signal }) => getPersonOverview(citizenId, signal),
    enabled: citizenId !== '',
  });
}

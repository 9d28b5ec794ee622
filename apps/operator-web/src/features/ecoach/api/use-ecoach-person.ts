import { getEcoachPerson, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/ecoach/:citizenId: one person's summary and activity stream. */
export function useEcoachPerson(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.ecoachPerson(citizenId),
    queryFn: ({ signal }) => getEcoachPerson(citizenId, signal),
    enabled: citizenId !== '',
  });
}

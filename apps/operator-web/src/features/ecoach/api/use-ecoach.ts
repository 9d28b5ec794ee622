import { getEcoach, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/ecoach: the people I follow, with their alerts. */
export function useEcoach() {
  return useQuery({
    queryKey: queryKeys.operator.ecoach(),
    queryFn: ({ signal }) => getEcoach(signal),
  });
}

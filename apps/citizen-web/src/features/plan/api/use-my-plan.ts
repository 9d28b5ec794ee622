import { getMyPlan, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/plan: the actions of my patto, my own activities and, when the group is large enough, how my peers do. */
export function useMyPlan() {
  return useQuery({
    queryKey: queryKeys.citizen.plan(),
    queryFn: ({ signal }) => getMyPlan(signal),
  });
}

import { getTimeline, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/dossier/citizens/:citizenId/timeline */
export function useTimeline(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.timeline(citizenId),
    queryFn: ({ signal }) => getTimeline(citizenId, signal),
    enabled: citizenId !== '',
  });
}

import { getTimeline, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/dossier/timeline: what happened in my path (DID, patto, activities, documents, messages). */
export function useMyTimeline() {
  return useQuery({
    queryKey: queryKeys.citizen.timeline(),
    queryFn: ({ signal }) => getTimeline(undefined, signal),
  });
}

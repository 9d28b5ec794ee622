import { getSharedCandidates, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/employer/matching/vacancies/:vacancyId/candidates: the shortlist the CPI shared, anonymised until consent. */
export function useSharedCandidates(vacancyId: string) {
  return useQuery({
    queryKey: queryKeys.citizen.sharedCandidates(vacancyId),
    queryFn: ({ signal }) => getSharedCandidates(vacancyId, signal),
  });
}

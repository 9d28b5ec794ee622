import { getCandidates, queryKeys, type CandidateSearchParams } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET …/vacancies/:vacancyId/candidates: ranked by fit, each with the explanation (people who allow it). */
export function useCandidates(vacancyId: string, params: CandidateSearchParams) {
  return useQuery({
    queryKey: queryKeys.operator.candidates(vacancyId, params),
    queryFn: ({ signal }) => getCandidates(vacancyId, params, signal),
    enabled: vacancyId !== '',
  });
}

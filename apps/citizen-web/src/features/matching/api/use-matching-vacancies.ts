import { getMatchingVacancies, queryKeys, type VacancySearchParams } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/vacancies: the vacancies for me, sorted by fit, each with its explanation. */
export function useMatchingVacancies(params: VacancySearchParams) {
  return useQuery({
    queryKey: queryKeys.citizen.matchVacancies(params),
    queryFn: ({ signal }) => getMatchingVacancies(params, signal),
  });
}

import { getVacancyMatch, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/vacancies/:vacancyId: one vacancy, how close I am to it, and courses for what I miss. */
export function useVacancyMatch(vacancyId: string) {
  return useQuery({
    queryKey: queryKeys.citizen.matchVacancy(vacancyId),
    queryFn: ({ signal }) => getVacancyMatch(vacancyId, signal),
  });
}

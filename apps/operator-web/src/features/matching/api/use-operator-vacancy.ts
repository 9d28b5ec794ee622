import { getOperatorVacancy, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/matching/vacancies/:vacancyId: the vacancy with its requirements and flags. */
export function useOperatorVacancy(vacancyId: string) {
  return useQuery({
    queryKey: queryKeys.operator.vacancy(vacancyId),
    queryFn: ({ signal }) => getOperatorVacancy(vacancyId, signal),
    enabled: vacancyId !== '',
  });
}

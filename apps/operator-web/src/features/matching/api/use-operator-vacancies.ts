import { getOperatorVacancies, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/matching/vacancies: my offices' vacancies and those waiting for moderation. */
export function useOperatorVacancies() {
  return useQuery({
    queryKey: queryKeys.operator.vacancies(),
    queryFn: ({ signal }) => getOperatorVacancies(signal),
  });
}

import { getCompanyVacancies, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/employer/matching/vacancies: the vacancies of my company (drafts, published, closed). */
export function useCompanyVacancies() {
  return useQuery({
    queryKey: queryKeys.citizen.companyVacancies(),
    queryFn: ({ signal }) => getCompanyVacancies(signal),
  });
}

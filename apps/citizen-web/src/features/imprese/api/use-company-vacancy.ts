import { getCompanyVacancy, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/employer/matching/vacancies/:vacancyId: one vacancy, with the requirements flagged as possibly discriminatory. */
export function useCompanyVacancy(vacancyId: string) {
  return useQuery({
    queryKey: queryKeys.citizen.companyVacancy(vacancyId),
    queryFn: ({ signal }) => getCompanyVacancy(vacancyId, signal),
  });
}

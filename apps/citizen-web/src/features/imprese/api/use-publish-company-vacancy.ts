import { ApiProblem, publishCompanyVacancy, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/employer/matching/vacancies/:vacancyId/publish. Refused with 422 VACANCY_FLAGGED while a possibly
 * discriminatory requirement remains: then the vacancy is read again, so that its flags are the current ones.
 */
export function usePublishCompanyVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) => publishCompanyVacancy(vacancyId),
    onSuccess: (vacancy) => {
      queryClient.setQueryData(queryKeys.citizen.companyVacancy(vacancy.id), vacancy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancies() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.sharedCandidates(vacancy.id) });
    },
    onError: (error, vacancyId) => {
      if (error instanceof ApiProblem && error.code === 'VACANCY_FLAGGED') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancy(vacancyId) });
      }
    },
  });
}

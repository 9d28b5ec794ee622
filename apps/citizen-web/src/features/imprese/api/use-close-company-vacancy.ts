import { closeCompanyVacancy, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/employer/matching/vacancies/:vacancyId/close: the vacancy is no longer offered to citizens. */
export function useCloseCompanyVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) => closeCompanyVacancy(vacancyId),
    onSuccess: (vacancy) => {
      queryClient.setQueryData(queryKeys.citizen.companyVacancy(vacancy.id), vacancy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancies() });
    },
  });
}

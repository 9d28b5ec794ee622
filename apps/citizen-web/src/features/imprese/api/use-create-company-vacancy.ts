import { createCompanyVacancy, queryKeys } from '@opencpi/api-client';
import type { VacancyBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/employer/matching/vacancies: a new draft (its flags computed by the API). */
export function useCreateCompanyVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VacancyBody) => createCompanyVacancy(body),
    onSuccess: (vacancy) => {
      queryClient.setQueryData(queryKeys.citizen.companyVacancy(vacancy.id), vacancy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancies() });
    },
  });
}

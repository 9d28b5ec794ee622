import { queryKeys, updateCompanyVacancy } from '@opencpi/api-client';
import type { VacancyBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export interface UpdateCompanyVacancyVariables {
  vacancyId: string;
  body: VacancyBody;
}

/** PUT /api/employer/matching/vacancies/:vacancyId (drafts only); then the vacancy (and its flags) is read again. */
export function useUpdateCompanyVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vacancyId, body }: UpdateCompanyVacancyVariables) => updateCompanyVacancy(vacancyId, body),
    onSuccess: (vacancy) => {
      queryClient.setQueryData(queryKeys.citizen.companyVacancy(vacancy.id), vacancy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancy(vacancy.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.companyVacancies() });
    },
  });
}

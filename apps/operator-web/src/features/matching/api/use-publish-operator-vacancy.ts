import { ApiProblem, publishOperatorVacancy, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onVacancyChanged } from '../matching-cache';

/** POST …/vacancies/:vacancyId/publish; a 422 VACANCY_FLAGGED reads the vacancy again (its flags may have changed). */
export function usePublishOperatorVacancy(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishOperatorVacancy(vacancyId),
    onSuccess: (vacancy) => onVacancyChanged(queryClient, vacancy),
    onError: (error) => {
      if (error instanceof ApiProblem && error.code === 'VACANCY_FLAGGED') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.operator.vacancy(vacancyId), exact: true });
      }
    },
  });
}

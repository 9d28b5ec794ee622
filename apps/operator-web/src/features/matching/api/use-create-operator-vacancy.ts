import { createOperatorVacancy } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onVacancyChanged } from '../matching-cache';

/** POST /api/operator/matching/vacancies: a draft entered by the operator for a company. */
export function useCreateOperatorVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOperatorVacancy,
    onSuccess: (vacancy) => onVacancyChanged(queryClient, vacancy),
  });
}

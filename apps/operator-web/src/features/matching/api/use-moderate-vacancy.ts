import { moderateVacancy } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onVacancyChanged } from '../matching-cache';

export interface ModerateVariables {
  vacancyId: string;
  decision: 'approved' | 'rejected';
}

/** POST …/vacancies/:vacancyId/moderation: approves or rejects a vacancy published by a company. */
export function useModerateVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vacancyId, decision }: ModerateVariables) => moderateVacancy(vacancyId, { decision }),
    onSuccess: (vacancy) => onVacancyChanged(queryClient, vacancy),
  });
}

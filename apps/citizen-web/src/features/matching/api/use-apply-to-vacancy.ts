import { ApiProblem, applyToVacancy, queryKeys } from '@opencpi/api-client';
import type { VacancyMatchListResponse, VacancyMatchResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** true for the 409 of a second application to the same vacancy */
export const isAlreadyApplied = (error: unknown): boolean => error instanceof ApiProblem && error.code === 'ALREADY_APPLIED';

/**
 * POST /api/citizen/matching/vacancies/:vacancyId/apply. The vacancy shows the application at once (detail and
 * lists); my applications are read again. After ALREADY_APPLIED the vacancy is read again too.
 */
export function useApplyToVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) => applyToVacancy(vacancyId),
    onSuccess: (application, vacancyId) => {
      const mark = (item: VacancyMatchResponse) => (item.vacancy.id === vacancyId ? { ...item, applicationStatus: application.status } : item);
      queryClient.setQueryData<VacancyMatchResponse>(queryKeys.citizen.matchVacancy(vacancyId), (match) => (match ? mark(match) : match));
      // `{}` as the params matches the lists of every filter (keys match partially)
      queryClient.setQueriesData<VacancyMatchListResponse>({ queryKey: queryKeys.citizen.matchVacancies({}) }, (list) => (list ? { ...list, items: list.items.map(mark) } : list));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.applications() });
    },
    onError: (error, vacancyId) => {
      if (isAlreadyApplied(error)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.matchVacancy(vacancyId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.applications() });
      }
    },
  });
}

import { queryKeys, saveVacancy, unsaveVacancy } from '@opencpi/api-client';
import type { VacancyMatchListResponse, VacancyMatchResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export interface SaveVacancyVariables {
  vacancyId: string;
  /** true: save it; false: remove it from my saved vacancies */
  save: boolean;
}

/**
 * POST or DELETE /api/citizen/matching/vacancies/:vacancyId/save. The vacancy's `saved` flag changes at once in
 * every cached list (whatever its filters) and in its detail.
 */
export function useSaveVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vacancyId, save }: SaveVacancyVariables) => (save ? saveVacancy(vacancyId) : unsaveVacancy(vacancyId)),
    onSuccess: (_none, { vacancyId, save }) => {
      const mark = (item: VacancyMatchResponse) => (item.vacancy.id === vacancyId ? { ...item, saved: save } : item);
      // `{}` as the params matches the lists of every filter (keys match partially)
      queryClient.setQueriesData<VacancyMatchListResponse>({ queryKey: queryKeys.citizen.matchVacancies({}) }, (list) => (list ? { ...list, items: list.items.map(mark) } : list));
      queryClient.setQueryData<VacancyMatchResponse>(queryKeys.citizen.matchVacancy(vacancyId), (match) => (match ? mark(match) : match));
    },
  });
}

import { queryKeys } from '@opencpi/api-client';
import type { VacancyResponse } from '@opencpi/contracts';
import type { QueryClient } from '@tanstack/react-query';

/** After a change to a vacancy: the returned vacancy replaces the cached one, and the lists are read again. */
export function onVacancyChanged(queryClient: QueryClient, vacancy: VacancyResponse): void {
  queryClient.setQueryData(queryKeys.operator.vacancy(vacancy.id), vacancy);
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.vacancies() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.recruitingDays() });
}

/**
 * After a change to a vacancy's candidates (shortlist, shortlist sent, interview, outcome): its candidates and its
 * shortlist are read again (both under the vacancy's key).
 */
export function onCandidatesChanged(queryClient: QueryClient, vacancyId: string): void {
  void queryClient.invalidateQueries({ queryKey: [...queryKeys.operator.vacancy(vacancyId), 'candidates'] });
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.shortlist(vacancyId) });
}

import { queryKeys } from '@opencpi/api-client';
import type { PattoResponse } from '@opencpi/contracts';
import type { QueryClient } from '@tanstack/react-query';

/**
 * After a change to a patto: the returned patto replaces the cached one, and what shows it elsewhere (the person's
 * page, the worklist, the e-coach) is read again.
 */
export function onPattoChanged(queryClient: QueryClient, patto: PattoResponse): void {
  queryClient.setQueryData(queryKeys.operator.pattoById(patto.id), patto);
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.person(patto.citizenId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.worklist() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.operator.ecoach() });
}

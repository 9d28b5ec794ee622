import { queryKeys, runProfiling } from '@opencpi/api-client';
import type { PersonOverviewResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/operator/patto/citizens/:citizenId/profiling: the quantitative index with the current model (needs a DID).
 * A profiled person is taken in charge: they leave the worklist.
 */
export function useRunProfiling(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => runProfiling(citizenId),
    onSuccess: (profiling) => {
      queryClient.setQueryData<PersonOverviewResponse>(queryKeys.operator.person(citizenId), (old) => (old ? { ...old, profiling } : old));
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.person(citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.worklist() });
    },
  });
}

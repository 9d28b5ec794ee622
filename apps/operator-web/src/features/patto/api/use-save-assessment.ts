import { queryKeys, saveAssessment } from '@opencpi/api-client';
import type { PersonOverviewResponse, QualitativeAssessmentBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/operator/patto/citizens/:citizenId/assessment: the qualitative assessment and the GOL pathway. The API
 * recomputes the suggested pathway from the answers: the returned profiling replaces the one shown.
 */
export function useSaveAssessment(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QualitativeAssessmentBody) => saveAssessment(citizenId, body),
    onSuccess: (profiling) => {
      queryClient.setQueryData<PersonOverviewResponse>(queryKeys.operator.person(citizenId), (old) => (old ? { ...old, profiling } : old));
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.person(citizenId) });
    },
  });
}

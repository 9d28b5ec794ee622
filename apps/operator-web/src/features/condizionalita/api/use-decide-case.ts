import { condizionalitaKeys, decideConditionalityCase } from '@opencpi/api-client';
import type { DecideCaseBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/condizionalita/cases/:caseId/decision; the case page shows the answer at once. */
export function useDecideCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecideCaseBody) => decideConditionalityCase(caseId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(condizionalitaKeys.operator.case(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: condizionalitaKeys.operator.all });
    },
  });
}

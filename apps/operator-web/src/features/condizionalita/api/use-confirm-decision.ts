import { condizionalitaKeys, confirmConditionalityDecision } from '@opencpi/api-client';
import type { ConfirmDecisionBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/condizionalita/cases/:caseId/confirmation (a manager other than the decider: four eyes). */
export function useConfirmDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmDecisionBody) => confirmConditionalityDecision(caseId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(condizionalitaKeys.operator.case(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: condizionalitaKeys.operator.all });
      void queryClient.invalidateQueries({ queryKey: ['operator', 'national-systems'] });
    },
  });
}

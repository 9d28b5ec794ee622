import { queryKeys, submitSkillsAssessment } from '@opencpi/api-client';
import type { SkillsAnswer } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/patto/channel/assessment: all the answers at once; the answer carries the advice. */
export function useSubmitSkillsAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: SkillsAnswer[]) => submitSkillsAssessment({ answers }),
    onSuccess: (profile) => queryClient.setQueryData(queryKeys.citizen.channel(), profile),
  });
}

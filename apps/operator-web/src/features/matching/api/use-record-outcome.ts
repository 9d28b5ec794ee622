import { recordOutcome } from '@opencpi/api-client';
import type { RecordOutcomeBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onCandidatesChanged } from '../matching-cache';

/** POST /api/operator/matching/applications/:applicationId/outcome (a refused offer is checked for congruity). */
export function useRecordOutcome(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, body }: { applicationId: string; body: RecordOutcomeBody }) => recordOutcome(applicationId, body),
    onSuccess: () => onCandidatesChanged(queryClient, vacancyId),
  });
}

import { inviteToInterview } from '@opencpi/api-client';
import type { InviteInterviewBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onCandidatesChanged } from '../matching-cache';

/** POST /api/operator/matching/applications/:applicationId/interview; then the vacancy's shortlist is read again. */
export function useInviteToInterview(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, body }: { applicationId: string; body: InviteInterviewBody }) => inviteToInterview(applicationId, body),
    onSuccess: () => onCandidatesChanged(queryClient, vacancyId),
  });
}

import { answerRecall, getRecall, queryKeys } from '@opencpi/api-client';
import type { RecallAnswer } from '@opencpi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/public/appointments/:id/recall/:signature (no login). Always fresh. */
export function useRecall(appointmentId: string, signature: string) {
  return useQuery({
    queryKey: queryKeys.invitation.recall(appointmentId),
    queryFn: ({ signal }) => getRecall(appointmentId, signature, signal),
    staleTime: 0,
    retry: false,
  });
}

/** POST the answer; the answer replaces the view. */
export function useAnswerRecall(appointmentId: string, signature: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: RecallAnswer) => answerRecall(appointmentId, signature, answer),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.invitation.recall(appointmentId), view),
  });
}

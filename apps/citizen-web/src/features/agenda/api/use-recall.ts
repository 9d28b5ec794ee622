import { answerRecall, getRecall, queryKeys } from '@opencpi/api-client';
import type { RecallAnswer } from '@opencpi/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/public/appointments/:id/recall/:signature (no login). Always fresh. */
export const recallQuery = (appointmentId: string, signature: string) =>
  queryOptions({
    queryKey: queryKeys.invitation.recall(appointmentId),
    queryFn: ({ signal }) => getRecall(appointmentId, signature, signal),
    staleTime: 0,
    retry: false,
    retryOnMount: false, // an answer such as "this link is no longer valid" (also from the server's render) is kept
  });

/** The appointment of the link (also fetched by the server that renders the page: prerender.tsx). */
export function useRecall(appointmentId: string, signature: string) {
  return useQuery(recallQuery(appointmentId, signature));
}

/** POST the answer; the answer replaces the view. */
export function useAnswerRecall(appointmentId: string, signature: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: RecallAnswer) => answerRecall(appointmentId, signature, answer),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.invitation.recall(appointmentId), view),
  });
}

import { intermediariesKeys, reviewDelegation } from '@opencpi/api-client';
import type { ReviewDelegationBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/intermediaries/delegations/:delegationId/review; the list to check is read again. */
export function useReviewDelegation(delegationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewDelegationBody) => reviewDelegation(delegationId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.pending() }),
  });
}

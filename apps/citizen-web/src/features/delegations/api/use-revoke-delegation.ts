import { intermediariesKeys, revokeDelegation } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/intermediaries/delegations/:delegationId/revoke; the list of delegations is read again. */
export function useRevokeDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (delegationId: string) => revokeDelegation(delegationId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.myDelegations() }),
  });
}

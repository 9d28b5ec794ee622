import { grantDelegation, intermediariesKeys } from '@opencpi/api-client';
import type { GrantDelegationBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/intermediaries/delegations; the list of delegations is read again. */
export function useGrantDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantDelegationBody) => grantDelegation(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.myDelegations() }),
  });
}

import { createInvitations, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/invitations; then the office's list of invitations is read again. */
export function useCreateInvitations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitations,
    onSuccess: (_result, body) => queryClient.invalidateQueries({ queryKey: queryKeys.operator.invitations(body.officeId) }),
  });
}

import { queryKeys, revokeDid } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/patto/did/revoke. The answer is the new overview (no active DID, one more in the history). */
export function useRevokeDid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => revokeDid({ reason }),
    onSuccess: (overview) => {
      queryClient.setQueryData(queryKeys.citizen.did(), overview);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}

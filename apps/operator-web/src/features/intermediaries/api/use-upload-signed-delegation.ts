import { intermediariesKeys, uploadSignedDelegation } from '@opencpi/api-client';
import type { UploadDelegationBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/intermediary/delegations (with the signed PDF); my delegations are read again. */
export function useUploadSignedDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, file }: { body: UploadDelegationBody; file: File }) => uploadSignedDelegation(body, file),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.held() }),
  });
}

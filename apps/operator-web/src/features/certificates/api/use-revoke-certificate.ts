import { certificateKeys, revokeCertificate } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/certificazioni/certificates/:certificateId/revoke; the person's list is read again. */
export function useRevokeCertificate(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ certificateId, reason }: { certificateId: string; reason: string }) => revokeCertificate(certificateId, reason),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: certificateKeys.list(citizenId) }),
  });
}

import { certificateKeys, requestCertificate } from '@opencpi/api-client';
import type { RequestCertificateBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/certificazioni/citizens/:citizenId/certificates (at the desk); the list is read again. */
export function useIssueCertificate(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestCertificateBody) => requestCertificate(body, citizenId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: certificateKeys.list(citizenId) }),
  });
}

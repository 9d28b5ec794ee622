import { certificateKeys, requestCertificate } from '@opencpi/api-client';
import type { RequestCertificateBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/certificazioni/certificates; the list is read again. */
export function useRequestCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestCertificateBody) => requestCertificate(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: certificateKeys.list() }),
  });
}

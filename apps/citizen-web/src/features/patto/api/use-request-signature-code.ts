import { requestSignatureCode } from '@opencpi/api-client';
import { useMutation } from '@tanstack/react-query';

/** POST /api/citizen/patti/:pattoId/signature-challenges: sends a 6-digit code by SMS or e-mail. */
export function useRequestSignatureCode() {
  return useMutation({
    mutationFn: ({ pattoId, channel }: { pattoId: string; channel: 'sms' | 'email' }) => requestSignatureCode(pattoId, channel),
  });
}

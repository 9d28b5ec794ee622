import { certificateKeys, getMyCertificateVerifications } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/certificazioni/verifications: every check of my certificates, newest first. */
export function useMyCertificateVerifications() {
  return useQuery({ queryKey: certificateKeys.verifications(), queryFn: ({ signal }) => getMyCertificateVerifications(signal) });
}

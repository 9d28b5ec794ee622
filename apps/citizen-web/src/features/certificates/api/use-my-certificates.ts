import { certificateKeys, getCertificates } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/certificazioni/certificates: my certificates, newest first, revoked ones included. */
export function useMyCertificates() {
  return useQuery({ queryKey: certificateKeys.list(), queryFn: ({ signal }) => getCertificates(undefined, signal) });
}

import { certificateKeys, getCertificates } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/certificazioni/citizens/:citizenId/certificates */
export function useCitizenCertificates(citizenId: string) {
  return useQuery({ queryKey: certificateKeys.list(citizenId), queryFn: ({ signal }) => getCertificates(citizenId, signal), enabled: citizenId !== '' });
}

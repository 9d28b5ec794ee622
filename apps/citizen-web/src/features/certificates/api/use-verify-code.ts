import { certificateKeys, verifyCertificateCode } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/certificates/:code (no login). A 404 is an answer ("not found"), not a failure to retry. */
export function useVerifyCode(code: string | undefined) {
  return useQuery({
    queryKey: certificateKeys.verify(code ?? ''),
    queryFn: ({ signal }) => verifyCertificateCode(code!, signal),
    enabled: !!code,
    retry: false,
  });
}

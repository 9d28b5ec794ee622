import { certificateKeys, verifyCertificateCode } from '@opencpi/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';

/** GET /api/public/certificates/:code (no login). A 404 is an answer ("not found"), not a failure to retry. */
export const verifyCodeQuery = (code: string) =>
  queryOptions({
    queryKey: certificateKeys.verify(code),
    queryFn: ({ signal }) => verifyCertificateCode(code, signal),
    retry: false,
    retryOnMount: false, // an answer such as "this link is no longer valid" (also from the server's render) is kept
  });

/** The answer for the QR code's certificate (also fetched by the server that renders the page: prerender.tsx). */
export function useVerifyCode(code: string | undefined) {
  return useQuery({ ...verifyCodeQuery(code ?? ''), enabled: !!code });
}

import { getIdentityProviders, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/auth/idps: the SPID identity providers and the CIE entry for the login buttons. */
export function useIdentityProviders() {
  return useQuery({
    queryKey: queryKeys.auth.identityProviders(),
    queryFn: ({ signal }) => getIdentityProviders(signal),
    staleTime: 5 * 60_000,
  });
}

import { getMyDid, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/patto/did: my active DID, the revoked ones, my employment status and the registry pre-fill. */
export function useMyDid() {
  return useQuery({
    queryKey: queryKeys.citizen.did(),
    queryFn: ({ signal }) => getMyDid(signal),
  });
}

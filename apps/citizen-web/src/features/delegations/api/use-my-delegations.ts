import { getMyDelegations, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/intermediaries/delegations: my delegations, revoked and expired included. */
export function useMyDelegations() {
  return useQuery({ queryKey: intermediariesKeys.myDelegations(), queryFn: ({ signal }) => getMyDelegations(signal) });
}

import { getHeldDelegations, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/intermediary/delegations: the delegations my organisation holds today. */
export function useHeldDelegations() {
  return useQuery({ queryKey: intermediariesKeys.held(), queryFn: ({ signal }) => getHeldDelegations(signal) });
}

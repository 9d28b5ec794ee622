import { getPendingDelegations, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/intermediaries/delegations/pending: uploaded delegations of people of my offices, to check. */
export function usePendingDelegations() {
  return useQuery({ queryKey: intermediariesKeys.pending(), queryFn: ({ signal }) => getPendingDelegations(signal) });
}

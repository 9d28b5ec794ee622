import { getStaffProfile, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/me: the logged-in staff member and the offices they serve. */
export function useStaffProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.operator.me(),
    queryFn: ({ signal }) => getStaffProfile(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

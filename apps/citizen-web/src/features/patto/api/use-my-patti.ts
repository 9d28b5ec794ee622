import { getMyPatti, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/patti: my service agreements, newest first (the current one first). */
export function useMyPatti() {
  return useQuery({
    queryKey: queryKeys.citizen.patti(),
    queryFn: ({ signal }) => getMyPatti(signal),
  });
}

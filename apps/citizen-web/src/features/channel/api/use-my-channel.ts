import { getMyChannel, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/patto/channel: the advice of the self-assessment (if taken) and my own choice (if made). */
export function useMyChannel() {
  return useQuery({
    queryKey: queryKeys.citizen.channel(),
    queryFn: ({ signal }) => getMyChannel(signal),
  });
}

import { condizionalitaKeys, getDeadLetters } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/events/dead-letters (managers): event deliveries that failed too often, newest first. */
export function useDeadLetters() {
  return useQuery({
    queryKey: condizionalitaKeys.operator.deadLetters(),
    queryFn: ({ signal }) => getDeadLetters(signal),
    refetchInterval: 10_000,
  });
}

import { getConvocation, queryKeys } from '@opencpi/api-client';
import type { ConvocationResponse } from '@opencpi/contracts';
import { useQuery } from '@tanstack/react-query';

const POLL_WHILE_PENDING_MS = 5_000;

/** true while a message of the convocation is still queued */
export const hasPendingDelivery = (c: ConvocationResponse | undefined): boolean => !!c?.deliveries?.some((d) => d.status === 'pending');

/** GET /api/operator/agenda/convocations/:id, asked again every 5 s while a delivery is pending. */
export function useConvocation(convocationId: string) {
  return useQuery({
    queryKey: queryKeys.operator.convocation(convocationId),
    queryFn: ({ signal }) => getConvocation(convocationId, signal),
    enabled: convocationId !== '',
    refetchInterval: (query) => (hasPendingDelivery(query.state.data) ? POLL_WHILE_PENDING_MS : false),
  });
}

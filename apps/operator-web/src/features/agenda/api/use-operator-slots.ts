import { getOperatorSlots, queryKeys, type SlotSearchParams } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/slots: free slots, soonest first; idle until a service is chosen. */
export function useOperatorSlots(params: SlotSearchParams | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.slots(params ?? {}),
    queryFn: ({ signal }) => getOperatorSlots(params as SlotSearchParams, signal),
    enabled: params !== undefined,
  });
}

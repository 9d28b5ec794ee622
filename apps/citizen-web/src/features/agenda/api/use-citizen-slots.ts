import { getCitizenSlots, queryKeys, type SlotSearchParams } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/agenda/slots: free slots, soonest first; idle until service (and channel) are known. Always fresh. */
export function useCitizenSlots(params: SlotSearchParams | undefined) {
  return useQuery({
    queryKey: queryKeys.citizen.slots(params ?? {}),
    queryFn: ({ signal }) => getCitizenSlots(params as SlotSearchParams, signal),
    enabled: params !== undefined,
    staleTime: 0,
  });
}

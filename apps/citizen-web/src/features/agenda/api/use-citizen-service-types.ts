import { getCitizenServiceTypes, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/agenda/service-types: what can be booked, with the channels each service is offered in. */
export function useCitizenServiceTypes() {
  return useQuery({
    queryKey: queryKeys.citizen.serviceTypes(),
    queryFn: ({ signal }) => getCitizenServiceTypes(signal),
    staleTime: 5 * 60_000,
  });
}

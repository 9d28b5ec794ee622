import { getOperatorServiceTypes, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/service-types: the services, their length and the channels each is offered on. */
export function useOperatorServiceTypes() {
  return useQuery({
    queryKey: queryKeys.operator.serviceTypes(),
    queryFn: ({ signal }) => getOperatorServiceTypes(signal),
    staleTime: 5 * 60_000,
  });
}

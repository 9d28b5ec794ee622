import { getOperatorServiceTypes, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/service-types?officeId=: the services with each one's next free time at the office (idle without an office). */
export function useServiceAvailability(officeId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.serviceTypesAt(officeId ?? ''),
    queryFn: ({ signal }) => getOperatorServiceTypes(signal, officeId),
    enabled: !!officeId,
    staleTime: 60_000,
  });
}

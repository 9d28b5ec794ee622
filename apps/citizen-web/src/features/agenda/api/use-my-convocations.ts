import { getMyConvocations, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/agenda/convocations: the convocations I received. */
export function useMyConvocations() {
  return useQuery({
    queryKey: queryKeys.citizen.convocations(),
    queryFn: ({ signal }) => getMyConvocations(signal),
  });
}

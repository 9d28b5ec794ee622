import { getWorklist, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/patto/worklist: people with a DID who have not contacted the CPI in time, or soon due. */
export function useWorklist() {
  return useQuery({
    queryKey: queryKeys.operator.worklist(),
    queryFn: ({ signal }) => getWorklist(signal),
  });
}

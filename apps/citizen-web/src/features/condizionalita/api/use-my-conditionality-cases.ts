import { condizionalitaKeys, getMyConditionalityCases } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/condizionalita/cases: my cases, with their state and the last day to justify. */
export function useMyConditionalityCases() {
  return useQuery({
    queryKey: condizionalitaKeys.citizen.cases(),
    queryFn: ({ signal }) => getMyConditionalityCases(signal),
  });
}

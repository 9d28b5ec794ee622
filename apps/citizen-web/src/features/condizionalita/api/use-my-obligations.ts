import { condizionalitaKeys, getMyObligations } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/condizionalita/obligations: my benefits (read from INPS) and the obligations they bring. */
export function useMyObligations() {
  return useQuery({
    queryKey: condizionalitaKeys.citizen.obligations(),
    queryFn: ({ signal }) => getMyObligations(signal),
    staleTime: 5 * 60_000,
  });
}

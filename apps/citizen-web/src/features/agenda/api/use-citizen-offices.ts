import { getCitizenOffices, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/agenda/offices: where I can book, my own CPI first and the others by distance. */
export function useCitizenOffices() {
  return useQuery({
    queryKey: queryKeys.citizen.offices(),
    queryFn: ({ signal }) => getCitizenOffices(signal),
    staleTime: 5 * 60_000,
  });
}

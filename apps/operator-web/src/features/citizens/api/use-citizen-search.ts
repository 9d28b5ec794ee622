import { queryKeys, searchCitizens, type CitizenSearchParams } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/citizens; idle until there is something to search for. */
export function useCitizenSearch(params: CitizenSearchParams | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.citizenSearch(params ?? {}),
    queryFn: ({ signal }) => searchCitizens(params ?? {}, signal),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}

import { queryKeys, searchOccupations } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/matching/occupations?q=: ESCO occupations for the autocomplete; off while `q` is shorter than 2. */
export function useOccupationSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.taxonomy.occupations(q),
    queryFn: ({ signal }) => searchOccupations(q, signal),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
}

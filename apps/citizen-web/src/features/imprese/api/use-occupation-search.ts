import { queryKeys, searchOccupations } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/matching/occupations?q=: ESCO occupations (with their ISCO code); asks only from 2 characters. */
export function useOccupationSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.taxonomy.occupations(q),
    queryFn: ({ signal }) => searchOccupations(q, signal),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
}

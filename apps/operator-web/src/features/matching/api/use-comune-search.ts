import { queryKeys, searchComuni } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/matching/comuni?q=: Italian municipalities for the autocomplete (from 2 characters). */
export function useComuneSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.taxonomy.comuni(q),
    queryFn: ({ signal }) => searchComuni(q, signal),
    enabled: q.length >= 2,
    staleTime: 10 * 60_000,
  });
}

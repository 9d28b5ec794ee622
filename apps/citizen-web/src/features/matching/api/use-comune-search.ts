import { queryKeys, searchComuni } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/matching/comuni?q=: Italian comuni for the autocomplete; off while `q` is shorter than 2. */
export function useComuneSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.taxonomy.comuni(q),
    queryFn: ({ signal }) => searchComuni(q, signal),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
  });
}

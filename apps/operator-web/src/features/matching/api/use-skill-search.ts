import { queryKeys, searchSkills } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/matching/skills?q=: ESCO skills for the autocomplete (from 2 characters). */
export function useSkillSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.taxonomy.skills(q),
    queryFn: ({ signal }) => searchSkills(q, signal),
    enabled: q.length >= 2,
    staleTime: 10 * 60_000,
  });
}

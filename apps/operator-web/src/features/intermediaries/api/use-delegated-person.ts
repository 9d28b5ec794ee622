import { getDelegatedPerson, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/intermediary/people/:citizenId (403 DELEGATION_REQUIRED when the delegation is gone). */
export function useDelegatedPerson(citizenId: string) {
  return useQuery({ queryKey: intermediariesKeys.person(citizenId), queryFn: ({ signal }) => getDelegatedPerson(citizenId, signal), retry: false });
}

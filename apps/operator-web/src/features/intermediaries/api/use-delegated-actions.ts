import { getDelegatedActions, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/intermediary/people/:citizenId/actions: what my organisation did for the person. */
export function useDelegatedActions(citizenId: string) {
  return useQuery({ queryKey: intermediariesKeys.personActions(citizenId), queryFn: ({ signal }) => getDelegatedActions(citizenId, signal), retry: false });
}

import { getMessages, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/dossier/citizens/:citizenId/messages */
export function useMessages(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.messages(citizenId),
    queryFn: ({ signal }) => getMessages(citizenId, signal),
    enabled: citizenId !== '',
  });
}

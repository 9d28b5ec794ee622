import { getMessages, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/dossier/messages: the messages between me and the CPI. */
export function useMyMessages() {
  return useQuery({
    queryKey: queryKeys.citizen.messages(),
    queryFn: ({ signal }) => getMessages(undefined, signal),
  });
}

import { getActionsForMe, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/intermediaries/actions: what intermediaries did for me, newest first. */
export function useActionsForMe() {
  return useQuery({ queryKey: intermediariesKeys.myActions(), queryFn: ({ signal }) => getActionsForMe(signal) });
}

import { getSession, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/auth/session: who is logged in (always answers; `authenticated: false` when nobody is). */
export function useSession() {
  return useQuery({ queryKey: queryKeys.auth.session(), queryFn: getSession, staleTime: 60_000 });
}

import { getInvitation, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/invitations/:token (no login): the invitation and the free slots it offers. Always fresh. */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation.byToken(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: 0,
  });
}

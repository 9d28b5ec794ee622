import { getInvitation, queryKeys } from '@opencpi/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';

/** GET /api/public/invitations/:token (no login): the invitation and the free slots it offers. Always fresh. */
export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: queryKeys.invitation.byToken(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: 0,
    retryOnMount: false, // an answer such as "this link is no longer valid" (also from the server's render) is kept
  });

/** The invitation of the link (also fetched by the server that renders the page: prerender.tsx). */
export function useInvitation(token: string) {
  return useQuery(invitationQuery(token));
}

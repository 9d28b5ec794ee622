import { getInvitations, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/invitations?officeId= */
export function useInvitations(officeId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.invitations(officeId ?? ''),
    queryFn: ({ signal }) => getInvitations(officeId ?? '', signal),
    enabled: !!officeId,
  });
}

import { companyKeys, inviteCompanyMember, removeCompanyMember } from '@opencpi/api-client';
import type { InviteCompanyMemberBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/employer/registry/companies/:companyId/members (administrator of an approved company). */
export function useInviteCompanyMember(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteCompanyMemberBody) => inviteCompanyMember(companyId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.mine() }),
  });
}

/** DELETE /api/employer/registry/companies/:companyId/members/:memberId */
export function useRemoveCompanyMember(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeCompanyMember(companyId, memberId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.mine() }),
  });
}

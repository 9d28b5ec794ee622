import { companyKeys, reviewCompany } from '@opencpi/api-client';
import type { ReviewCompanyBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/registry/companies/:companyId/review: approve, or reject with a reason (audited). */
export function useReviewCompany(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewCompanyBody) => reviewCompany(companyId, body),
    onSuccess: (company) => {
      queryClient.setQueryData(companyKeys.officeCompany(companyId), company);
      void queryClient.invalidateQueries({ queryKey: ['operator', 'registry', 'companies'] });
    },
  });
}

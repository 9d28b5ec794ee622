import { companyKeys, queryKeys, registerCompany } from '@opencpi/api-client';
import type { RegisterCompanyBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/registry/companies: the company is pending, I administer it (the session gains the employer role). */
export function useRegisterCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterCompanyBody) => registerCompany(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: companyKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.auth.session() });
    },
  });
}

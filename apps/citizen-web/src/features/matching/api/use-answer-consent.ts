import { answerConsent, queryKeys } from '@opencpi/api-client';
import type { ApplicationListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/citizen/matching/applications/:applicationId/consent: may the employer see my name and contacts?
 * The answered application replaces the old one in my list at once.
 */
export function useAnswerConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, granted }: { applicationId: string; granted: boolean }) => answerConsent(applicationId, granted),
    onSuccess: (application) => {
      queryClient.setQueryData<ApplicationListResponse>(queryKeys.citizen.applications(), (list) =>
        list ? { items: list.items.map((a) => (a.id === application.id ? application : a)) } : list,
      );
    },
  });
}

import { ivcKeys } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A step of a case (take charge, add or remove evidence, close identification, assess, judge, close validation, exam):
 * every one answers the whole case, which replaces the page's copy; the lists are read again.
 */
export function useIvcCaseStep<TVariables>(caseId: string, step: (caseId: string, variables: TVariables) => Promise<IvcCaseResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => step(caseId, variables),
    onSuccess: (updated) => {
      queryClient.setQueryData(ivcKeys.case(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: ['ivc', 'cases'] });
      void queryClient.invalidateQueries({ queryKey: ivcKeys.assessments() });
    },
  });
}

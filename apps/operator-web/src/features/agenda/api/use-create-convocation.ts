import { createConvocation, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/convocations (books the slot, escalates the invitation if given, sends the messages). */
export function useCreateConvocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConvocation,
    onSuccess: (convocation) => {
      queryClient.setQueryData(queryKeys.operator.convocation(convocation.id), convocation);
      // calendar, slots, invitations and convocations of the office all changed
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() });
    },
  });
}

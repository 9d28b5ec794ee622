import { acknowledgeConvocation, queryKeys } from '@opencpi/api-client';
import type { ConvocationListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/agenda/convocations/:id/acknowledge: "I have received it"; the answer replaces it in the list. */
export function useAcknowledgeConvocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (convocationId: string) => acknowledgeConvocation(convocationId),
    onSuccess: (updated) => {
      queryClient.setQueryData<ConvocationListResponse>(queryKeys.citizen.convocations(), (list) =>
        list ? { items: list.items.map((c) => (c.id === updated.id ? { ...c, ...updated } : c)) } : list,
      );
    },
  });
}

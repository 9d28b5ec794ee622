import { condizionalitaKeys, retryDeadLetter } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/events/dead-letters/:deliveryId/retry: back in the queue, due now; the lists are read again. */
export function useRetryDeadLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => retryDeadLetter(deliveryId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: condizionalitaKeys.operator.deadLetters() });
      void queryClient.invalidateQueries({ queryKey: ['operator', 'national-systems'] });
      void queryClient.invalidateQueries({ queryKey: condizionalitaKeys.operator.all });
    },
  });
}

import { createAvailabilityException, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/exceptions: an absence or an office closure; its free slots are withdrawn at once. */
export function useCreateAvailabilityException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAvailabilityException,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() }),
  });
}

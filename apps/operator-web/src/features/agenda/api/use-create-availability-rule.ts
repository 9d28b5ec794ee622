import { createAvailabilityRule, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/availability-rules: the rule's slots are published at once. */
export function useCreateAvailabilityRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAvailabilityRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() }),
  });
}

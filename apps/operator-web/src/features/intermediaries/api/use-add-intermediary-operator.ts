import { addIntermediaryOperator, intermediariesKeys } from '@opencpi/api-client';
import type { AddIntermediaryOperatorBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/intermediaries/organisations/:organisationId/operators; the register is read again. */
export function useAddIntermediaryOperator(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddIntermediaryOperatorBody) => addIntermediaryOperator(organisationId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.register() }),
  });
}

import { intermediariesKeys, registerIntermediary } from '@opencpi/api-client';
import type { RegisterOrganisationBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/intermediaries/organisations; the register is read again. */
export function useRegisterIntermediary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterOrganisationBody) => registerIntermediary(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.register() }),
  });
}

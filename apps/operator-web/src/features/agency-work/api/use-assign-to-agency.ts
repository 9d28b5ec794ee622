import { agencyWorkKeys, assignToAgency } from '@opencpi/api-client';
import type { CreateAssignmentBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agencies/assignments; the person's pathway with agencies is read again. */
export function useAssignToAgency(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) => assignToAgency(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agencyWorkKeys.operator.pathway(citizenId) }),
  });
}

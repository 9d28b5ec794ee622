import { proposePatto } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** POST /api/operator/patti/:pattoId/propose: freezes the text and asks the person to sign. */
export function useProposePatto(pattoId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => proposePatto(pattoId),
    onSuccess: (patto) => onPattoChanged(queryClient, patto),
  });
}

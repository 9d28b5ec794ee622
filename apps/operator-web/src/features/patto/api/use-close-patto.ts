import { closePatto } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** POST /api/operator/patti/:pattoId/close */
export function useClosePatto(pattoId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => closePatto(pattoId, { reason }),
    onSuccess: (patto) => onPattoChanged(queryClient, patto),
  });
}

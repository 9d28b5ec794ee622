import { countersignPatto } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** POST /api/operator/patti/:pattoId/countersign, with the SHA-256 of the text the operator sees (refused if it changed). */
export function useCountersignPatto(pattoId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentSha256: string) => countersignPatto(pattoId, documentSha256),
    onSuccess: (patto) => onPattoChanged(queryClient, patto),
  });
}

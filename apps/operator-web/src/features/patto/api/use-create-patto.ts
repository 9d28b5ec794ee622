import { createPatto } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** POST /api/operator/patti: a new draft for a person. */
export function useCreatePatto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPatto,
    onSuccess: (patto) => onPattoChanged(queryClient, patto),
  });
}

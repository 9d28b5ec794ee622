import { saveDraft } from '@opencpi/api-client';
import type { PattoContentBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** PUT /api/operator/patti/:pattoId/draft: edits the draft, or starts a new version of a signed patto. */
export function useSaveDraft(pattoId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PattoContentBody) => saveDraft(pattoId, body),
    onSuccess: (patto) => onPattoChanged(queryClient, patto),
  });
}

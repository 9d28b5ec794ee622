import { queryKeys, signPatto } from '@opencpi/api-client';
import type { PattoListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export interface SignPattoVariables {
  pattoId: string;
  challengeId: string;
  code: string;
  /** SHA-256 of the version the person read: refused (PATTO_DOCUMENT_CHANGED) if it changed meanwhile */
  documentSha256: string;
}

/**
 * POST /api/citizen/patti/:pattoId/signatures. The signed patto replaces the old one in my list at once; then the
 * list, the plan (its actions come from the patto) and the timeline are read again. After PATTO_DOCUMENT_CHANGED
 * the list is read again too, so that the person sees the new text before signing.
 */
export function useSignPatto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pattoId, ...body }: SignPattoVariables) => signPatto(pattoId, body),
    onSuccess: (signed) => {
      queryClient.setQueryData<PattoListResponse>(queryKeys.citizen.patti(), (list) => (list ? { items: list.items.map((p) => (p.id === signed.id ? signed : p)) } : list));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.plan() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.citizen.patti() }),
  });
}

import { assistanceKeys, getOpenCallbacks, recordCallback } from '@opencpi/api-client';
import type { CallbackOutcomeBody } from '@opencpi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/operator/assistance/callback-requests: open requests of my offices, oldest first. */
export function useOpenCallbacks() {
  return useQuery({ queryKey: assistanceKeys.openCallbacks(), queryFn: ({ signal }) => getOpenCallbacks(signal) });
}

/** POST …/:callbackId/outcome; the list is read again. */
export function useRecordCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CallbackOutcomeBody }) => recordCallback(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assistanceKeys.openCallbacks() }),
  });
}

import { queryKeys, sendMessage } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/dossier/citizens/:citizenId/messages */
export function useSendMessage(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => sendMessage(body, citizenId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.messages(citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.timeline(citizenId) });
    },
  });
}

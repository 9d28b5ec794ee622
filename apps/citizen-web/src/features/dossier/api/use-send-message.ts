import { queryKeys, sendMessage } from '@opencpi/api-client';
import type { MessageListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/dossier/messages. The sent message joins the conversation at once. */
export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => sendMessage(body),
    onSuccess: (message) => {
      queryClient.setQueryData<MessageListResponse>(queryKeys.citizen.messages(), (list) => (list ? { items: [...list.items.filter((m) => m.id !== message.id), message] } : list));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.messages() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}

import { markMessageRead, queryKeys } from '@opencpi/api-client';
import type { MessageListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/dossier/messages/:id/read: the operator's message has been shown to me (their read receipt). */
export function useMarkMessageRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => markMessageRead(messageId),
    onSuccess: (message) => {
      queryClient.setQueryData<MessageListResponse>(queryKeys.citizen.messages(), (list) => (list ? { items: list.items.map((m) => (m.id === message.id ? message : m)) } : list));
    },
  });
}

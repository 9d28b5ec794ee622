import { markMessageRead, queryKeys } from '@opencpi/api-client';
import type { MessageListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST …/messages/:messageId/read: the read receipt the person sees. The list is updated in place (no new request). */
export function useMarkMessageRead(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => markMessageRead(messageId, citizenId),
    onSuccess: (message) => {
      queryClient.setQueryData<MessageListResponse>(queryKeys.operator.messages(citizenId), (old) =>
        old ? { ...old, items: old.items.map((m) => (m.id === message.id ? message : m)) } : old,
      );
    },
  });
}

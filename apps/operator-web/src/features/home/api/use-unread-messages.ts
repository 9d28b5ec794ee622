import { getUnreadMessages, operatorHomeKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/dossier/unread-messages: people and companies of my offices who wrote and are not read yet. */
export function useUnreadMessages() {
  return useQuery({ queryKey: operatorHomeKeys.unreadMessages(), queryFn: ({ signal }) => getUnreadMessages(signal) });
}

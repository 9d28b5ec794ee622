import { getMyNotificationPreferences, notificationKeys, saveMyNotificationPreferences } from '@opencpi/api-client';
import type { NotificationPreferencesBody } from '@opencpi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/citizen/notification-preferences: my channels, language, opt-out (defaults until I save). */
export function useMessagePreferences() {
  return useQuery({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => getMyNotificationPreferences(signal) });
}

/** PUT /api/citizen/notification-preferences */
export function useSaveMessagePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesBody) => saveMyNotificationPreferences(body),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}

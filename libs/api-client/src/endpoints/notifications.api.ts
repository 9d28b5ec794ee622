import type { NotificationPreferencesBody, NotificationPreferencesResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/* The person's message preferences: channels, language, no messages that are not mandatory. */

export const notificationKeys = {
  preferences: () => ['notifications', 'preferences'] as const,
};

export function getMyNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferencesResponse> {
  return call(() => apiClient().GET('/api/citizen/notification-preferences', { signal }));
}

export function saveMyNotificationPreferences(body: NotificationPreferencesBody): Promise<NotificationPreferencesResponse> {
  return call(() => apiClient().PUT('/api/citizen/notification-preferences', { body }));
}

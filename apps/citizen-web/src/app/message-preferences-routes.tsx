import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { messagePreferencesPath } from '../features/message-preferences/message-preferences-paths';

const MessagePreferencesRoute = lazyPage(() => import('./routes/message-preferences'), 'MessagePreferencesRoute');

/** How the person wants to receive messages (channels, language, no messages that are not mandatory). */
export const messagePreferencesRoutes: RouteObject[] = [
  {
    path: messagePreferencesPath.slice(1),
    element: (
      <RequireAuth>
        <MessagePreferencesRoute />
      </RequireAuth>
    ),
  },
];

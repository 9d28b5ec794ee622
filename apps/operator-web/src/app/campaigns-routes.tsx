import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const CampaignRoute = lazyPage(() => import('./routes/campaign'), 'CampaignRoute');
const CampaignsRoute = lazyPage(() => import('./routes/campaigns'), 'CampaignsRoute');

/** The managers' outreach campaigns (registered in router.tsx before the catch-all); paths in features/campaigns/campaigns-paths.ts. */
export const campaignsRoutes: RouteObject[] = [
  {
    path: 'campagne',
    element: (
      <RequireAuth>
        <CampaignsRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'campagne/:campaignId',
    element: (
      <RequireAuth>
        <CampaignRoute />
      </RequireAuth>
    ),
  },
];

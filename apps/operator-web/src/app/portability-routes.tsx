import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const ImportBundleRoute = lazyPage(() => import('./routes/import-bundle'), 'ImportBundleRoute');
const ImportedDossierRoute = lazyPage(() => import('./routes/imported-dossier'), 'ImportedDossierRoute');

/** Portability (registered in router.tsx before the catch-all): import another region's bundle, read an imported dossier. */
export const portabilityRoutes: RouteObject[] = [
  {
    path: 'importa-fascicolo',
    element: (
      <RequireAuth>
        <ImportBundleRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'fascicoli-importati/:importId',
    element: (
      <RequireAuth>
        <ImportedDossierRoute />
      </RequireAuth>
    ),
  },
];

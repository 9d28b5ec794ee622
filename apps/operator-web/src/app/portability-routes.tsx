import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { ImportBundleRoute } from './routes/import-bundle';
import { ImportedDossierRoute } from './routes/imported-dossier';

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

import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { certificatesPath, verifyPath } from '../features/certificates/certificates-paths';
import { verifyCredentialPath } from '../features/credentials/credentials-paths';

const CertificatesRoute = lazyPage(() => import('./routes/certificates'), 'CertificatesRoute');
const VerifyCredentialRoute = lazyPage(() => import('./routes/verify-credential'), 'VerifyCredentialRoute');

const verifyCertificatePage = async () => ({ Component: (await import('./routes/verify-certificate')).VerifyCertificateRoute });

/** "I miei certificati" (logged in) and the public verification page (no login: the QR code's target). */
export const certificatesRoutes: RouteObject[] = [
  {
    path: certificatesPath.slice(1),
    element: (
      <RequireAuth>
        <CertificatesRoute />
      </RequireAuth>
    ),
  },
  // React Router `lazy` (the QR code's target is a first page): loading starts with the router, not after the first render
  { path: verifyPath.slice(1), lazy: verifyCertificatePage },
  { path: `${verifyPath.slice(1)}/:code`, lazy: verifyCertificatePage },
  { path: verifyCredentialPath.slice(1), element: <VerifyCredentialRoute /> },
];

import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { certificatesPath, verifyPath } from '../features/certificates/certificates-paths';
import { verifyCredentialPath } from '../features/credentials/credentials-paths';

const CertificatesRoute = lazyPage(() => import('./routes/certificates'), 'CertificatesRoute');
const VerifyCredentialRoute = lazyPage(() => import('./routes/verify-credential'), 'VerifyCredentialRoute');

// the QR code's target is a first page: its chunk starts loading with the app
const VerifyCertificateRoute = lazyPage(() => import('./routes/verify-certificate'), 'VerifyCertificateRoute', { startOn: /^\/verifica(\/|$)/ });

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
  { path: verifyPath.slice(1), element: <VerifyCertificateRoute /> },
  { path: `${verifyPath.slice(1)}/:code`, element: <VerifyCertificateRoute /> },
  { path: verifyCredentialPath.slice(1), element: <VerifyCredentialRoute /> },
];

import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { certificatesPath, verifyPath } from '../features/certificates/certificates-paths';
import { CertificatesRoute } from './routes/certificates';
import { VerifyCertificateRoute } from './routes/verify-certificate';

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
];

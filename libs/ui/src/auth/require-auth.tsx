import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useSession } from './use-session';

/** Renders its children only for a logged-in user; everybody else goes to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ProblemAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) return <Navigate to="/" replace />;
  return <>{children}</>;
}

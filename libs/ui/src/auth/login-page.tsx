import type { AppNamespace } from '@opencpi/i18n';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { Loading } from '../components/loading';
import { LoginOptions } from '../components/login-options';
import { ProblemAlert } from '../components/problem-alert';
import { useDocumentTitle } from '../hooks/use-document-title';
import { sessionEnded } from './session-ended';
import { useIdentityProviders } from './use-identity-providers';
import { useSession } from './use-session';

/**
 * The login page of either SPA: the SPID and CIE buttons (LoginOptions), "your session has ended" after a 401, and a
 * link to the help page. A logged-in user goes straight to `homePath`. Texts from the app's catalogue (`login.*`).
 */
export function LoginPage({
  app,
  homePath,
  beforeOptions,
}: {
  app: AppNamespace;
  homePath: string;
  /** e.g. the citizen app's entrance choice (Cittadini / Imprese) */ beforeOptions?: ReactNode;
}) {
  const { t } = useTranslation(app);
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const idps = useIdentityProviders();
  const [showSessionEnded] = useState(sessionEnded.get);
  useEffect(() => sessionEnded.clear(), []);

  if (session.data?.authenticated) return <Navigate to={homePath} replace />;

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('login.title')}</h1>
        <p className="lead">{t('login.intro')}</p>
        {beforeOptions}
        {showSessionEnded && (
          <div className="alert alert-info" role="status">
            {tc('login.sessionEnded')}
          </div>
        )}
        <section className="login-panel" aria-labelledby="login-choose">
          <h2 id="login-choose" className="h4">
            {t('login.choose')}
          </h2>
          {idps.isPending ? (
            <Loading />
          ) : idps.isError ? (
            <ProblemAlert error={idps.error} onRetry={() => void idps.refetch()} />
          ) : (
            <LoginOptions providers={idps.data.items} app={app} />
          )}
        </section>
        <p className="mt-4">
          {t('login.helpPrompt')} <Link to="/aiuto">{t('login.helpLink')}</Link>
        </p>
      </div>
    </div>
  );
}

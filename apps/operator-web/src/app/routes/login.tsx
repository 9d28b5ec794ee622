import { Loading, LoginOptions, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useIdentityProviders } from '../../features/auth/api/use-identity-providers';
import { useSession } from '../../features/auth/api/use-session';
import { sessionEnded } from '../../features/auth/session-ended';

export function LoginRoute() {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const idps = useIdentityProviders();
  const [showSessionEnded] = useState(sessionEnded.get);
  useEffect(() => sessionEnded.clear(), []);

  if (session.data?.authenticated) return <Navigate to="/cittadini" replace />;

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('login.title')}</h1>
        <p className="lead">{t('login.intro')}</p>
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
            <LoginOptions providers={idps.data.items} app="operator" />
          )}
        </section>
        <p className="mt-4">
          {t('login.helpPrompt')} <Link to="/aiuto">{t('login.helpLink')}</Link>
        </p>
      </div>
    </div>
  );
}

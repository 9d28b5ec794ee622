import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { useMyCompanies } from '../api/use-my-companies';
import { useIsEmployer } from '../hooks/use-is-employer';
import { impresePaths } from '../imprese-paths';

/**
 * Renders its children only for a member of an approved company. A member of a pending or rejected company goes to the
 * company profile (its status); anybody else sees that the area is reserved and how to register a company. Goes
 * inside RequireAuth.
 */
export function RequireEmployer({ children }: { children: ReactNode }) {
  const { t } = useTranslation('citizen');
  const isEmployer = useIsEmployer();
  const companies = useMyCompanies(isEmployer);
  const approved = companies.data?.items.some((c) => c.status === 'approved') ?? false;
  useDocumentTitle(isEmployer && (companies.isPending || approved) ? undefined : t('imprese.restricted.title'));
  if (isEmployer && companies.isPending) return <Loading />;
  if (isEmployer && companies.isError) return <ProblemAlert error={companies.error} onRetry={() => void companies.refetch()} />;
  if (approved) return <>{children}</>;
  if (isEmployer && (companies.data?.items.length ?? 0) > 0) return <Navigate to={impresePaths.company} replace />;
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('imprese.restricted.title')}</h1>
        <p className="lead">{t('imprese.restricted.text')}</p>
        <p>{t('companies.restricted.registerText')}</p>
        <p>
          <Link to={impresePaths.register} className="btn btn-primary">
            {t('companies.restricted.register')}
          </Link>
        </p>
      </div>
    </div>
  );
}

import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyCompanies } from '../../features/imprese/api/use-my-companies';
import { CompanyProfile } from '../../features/imprese/components/company-profile';
import { impresePaths } from '../../features/imprese/imprese-paths';

/** /imprese/azienda: my companies with their status (pending, approved, rejected), sites and members. */
export function ImpreseCompanyRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('companies.profile.title'));
  const companies = useMyCompanies();
  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{t('companies.profile.title')}</h1>
        {companies.isPending ? (
          <Loading />
        ) : companies.isError ? (
          <ProblemAlert error={companies.error} onRetry={() => void companies.refetch()} />
        ) : companies.data.items.length === 0 ? (
          <>
            <p>{t('companies.profile.none')}</p>
            <p>
              <Link to={impresePaths.register} className="btn btn-primary">
                {t('companies.restricted.register')}
              </Link>
            </p>
          </>
        ) : (
          companies.data.items.map((c) => <CompanyProfile key={c.id} company={c} />)
        )}
      </div>
    </div>
  );
}

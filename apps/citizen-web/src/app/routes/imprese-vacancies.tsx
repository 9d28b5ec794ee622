import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCompanyVacancies } from '../../features/imprese/api/use-company-vacancies';
import { VacanciesTable } from '../../features/imprese/components/vacancies-table';
import { impresePaths } from '../../features/imprese/imprese-paths';
import '../../features/imprese/imprese.css';

/** /imprese: "Area imprese: le tue offerte", the company's vacancies and "Nuova offerta di lavoro". */
export function ImpreseVacanciesRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('imprese.list.title'));
  const vacancies = useCompanyVacancies();

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{t('imprese.list.title')}</h1>
        <p className="lead">{t('imprese.list.intro')}</p>
        <p>
          <Link to={impresePaths.newVacancy} className="btn btn-primary">
            {t('imprese.list.new')}
          </Link>
        </p>
        {vacancies.isPending ? (
          <Loading />
        ) : vacancies.isError ? (
          <ProblemAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />
        ) : (
          <VacanciesTable vacancies={vacancies.data.items} />
        )}
      </div>
    </div>
  );
}

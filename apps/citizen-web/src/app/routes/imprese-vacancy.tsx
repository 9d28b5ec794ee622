import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCompanyVacancy } from '../../features/imprese/api/use-company-vacancy';
import { BackToVacancies } from '../../features/imprese/components/back-to-vacancies';
import { VacancyView } from '../../features/imprese/components/vacancy-view';
import '../../features/imprese/imprese.css';

/**
 * /imprese/offerte/:vacancyId: the vacancy, titled by its own title. A draft can be edited and published; a published
 * one closed; published and closed ones show the candidates the CPI proposed.
 */
export function ImpreseVacancyRoute() {
  const { t } = useTranslation('citizen');
  const { vacancyId = '' } = useParams();
  const vacancy = useCompanyVacancy(vacancyId);
  const [notice, setNotice] = useState<'published' | 'closed' | undefined>();
  const title = vacancy.data?.title ?? t('imprese.detail.loadingTitle');
  useDocumentTitle(title);

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{title}</h1>
        <StatusMessage focus>{notice ? <p>{t(notice === 'published' ? 'imprese.detail.publish.done' : 'imprese.detail.close.done')}</p> : undefined}</StatusMessage>
        {vacancy.isPending ? (
          <Loading />
        ) : vacancy.isError ? (
          <ProblemAlert error={vacancy.error} onRetry={() => void vacancy.refetch()} />
        ) : (
          <VacancyView vacancy={vacancy.data} onPublished={() => setNotice('published')} onClosed={() => setNotice('closed')} />
        )}
        <BackToVacancies />
      </div>
    </div>
  );
}

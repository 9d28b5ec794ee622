import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useOperatorVacancy } from '../../features/matching/api/use-operator-vacancy';
import { CandidatesSection } from '../../features/matching/components/candidates-section';
import { PublishVacancy } from '../../features/matching/components/publish-vacancy';
import { ShortlistSection } from '../../features/matching/components/shortlist-section';
import { VacancyDetails } from '../../features/matching/components/vacancy-details';
import '../../features/matching/matching.css';
import { isVacancyNotice, type VacancyNotice } from '../../features/matching/vacancy-notice';
import { paths } from '../paths';

/**
 * /offerte/:vacancyId: the vacancy (requirements, status, flags; "Pubblica l'offerta" for a draft), the ranked
 * candidates with "Aggiungi alla rosa", and the shortlist with interviews, outcomes and "Invia la rosa all'azienda".
 */
export function MatchingVacancyRoute() {
  const { t } = useTranslation('operator');
  const { vacancyId = '' } = useParams();
  const location = useLocation();
  const query = useOperatorVacancy(vacancyId);
  const vacancy = query.data;
  const title = vacancy ? t('matching.vacancy.title', { title: vacancy.title }) : t('matching.vacancy.fallbackTitle');
  useDocumentTitle(title);
  const initialNotice = (location.state as { notice?: unknown } | null)?.notice;
  const [notice, setNotice] = useState<VacancyNotice | undefined>(isVacancyNotice(initialNotice) ? initialNotice : undefined);
  const statusRef = useRef<HTMLDivElement>(null);
  const noticeText: Record<VacancyNotice, string> = {
    saved: t('matching.vacancy.saved'),
    published: t('matching.vacancy.published'),
  };

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={paths.vacancies}>{t('matching.vacancy.back')}</Link>
      </p>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {notice && <p className="alert alert-success">{noticeText[notice]}</p>}
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <VacancyDetails vacancy={query.data} />
          {query.data.status === 'draft' && (
            <PublishVacancy
              vacancy={query.data}
              onPublished={() => {
                setNotice('published');
                statusRef.current?.focus();
              }}
            />
          )}
          <CandidatesSection vacancyId={query.data.id} />
          <ShortlistSection vacancyId={query.data.id} />
        </>
      )}
    </>
  );
}

import type { VacancyResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useModerateVacancy } from '../../features/matching/api/use-moderate-vacancy';
import { useOperatorVacancies } from '../../features/matching/api/use-operator-vacancies';
import { PendingVacanciesTable } from '../../features/matching/components/pending-vacancies-table';
import { VacanciesTable } from '../../features/matching/components/vacancies-table';
import '../../features/matching/matching.css';
import { paths } from '../paths';

/**
 * /offerte: the vacancies to check (published by companies, moderation pending) with "Approva" and "Respingi",
 * and every vacancy with a link to its preselection; links to a new vacancy, the courses and the recruiting days.
 */
export function MatchingVacanciesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('matching.vacancies.title'));
  const vacancies = useOperatorVacancies();
  const moderate = useModerateVacancy();
  const [notice, setNotice] = useState<string | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);
  const pendingId = useId();
  const allId = useId();
  const items = vacancies.data?.items ?? [];
  const pending = items.filter((v) => v.moderation === 'pending' && v.status === 'published');

  const onModerate = (vacancy: VacancyResponse, decision: 'approved' | 'rejected') => {
    setNotice(undefined);
    moderate.mutate(
      { vacancyId: vacancy.id, decision },
      {
        onSuccess: () => {
          setNotice(
            decision === 'approved' ? t('matching.vacancies.pending.approved', { title: vacancy.title }) : t('matching.vacancies.pending.rejected', { title: vacancy.title }),
          );
          // the row leaves the table: the focus goes to the message
          statusRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <h1>{t('matching.vacancies.title')}</h1>
      <p className="lead">{t('matching.vacancies.intro')}</p>
      <ul className="list-unstyled d-flex flex-wrap gap-3" aria-label={t('matching.vacancies.links')}>
        <li>
          <Link to={paths.newVacancy} className="btn btn-primary">
            {t('matching.vacancies.newVacancy')}
          </Link>
        </li>
        <li>
          <Link to={paths.courses} className="btn btn-outline-primary">
            {t('matching.vacancies.courses')}
          </Link>
        </li>
        <li>
          <Link to={paths.recruitingDays} className="btn btn-outline-primary">
            {t('matching.vacancies.recruitingDays')}
          </Link>
        </li>
      </ul>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {vacancies.isPending ? (
        <Loading />
      ) : vacancies.isError ? (
        <ProblemAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />
      ) : (
        <>
          <section className="section-block" aria-labelledby={pendingId}>
            <h2 id={pendingId}>{t('matching.vacancies.pending.title')}</h2>
            <p>{t('matching.vacancies.pending.intro')}</p>
            {moderate.isError && <ProblemAlert error={moderate.error} />}
            <PendingVacanciesTable vacancies={pending} onModerate={onModerate} busyId={moderate.isPending ? moderate.variables?.vacancyId : undefined} />
          </section>
          <section className="section-block" aria-labelledby={allId}>
            <h2 id={allId}>{t('matching.vacancies.all.title')}</h2>
            <VacanciesTable vacancies={items} />
          </section>
        </>
      )}
    </>
  );
}

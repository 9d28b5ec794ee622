import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOperatorVacancies } from '../../features/matching/api/use-operator-vacancies';
import { useRecruitingDays } from '../../features/matching/api/use-recruiting-days';
import { RecruitingDayForm } from '../../features/matching/components/recruiting-day-form';
import { RecruitingDayList } from '../../features/matching/components/recruiting-day-list';
import '../../features/matching/matching.css';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { paths } from '../paths';

/** /recruiting-day: the recruiting days with their sign-ups, and the form to create one with the published vacancies. */
export function MatchingRecruitingDaysRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('matching.recruitingDays.title'));
  const days = useRecruitingDays();
  const me = useStaffProfile();
  const vacancies = useOperatorVacancies();
  const [created, setCreated] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const formId = useId();
  const offices = me.data?.offices ?? [];
  const published = (vacancies.data?.items ?? []).filter((v) => v.status === 'published');

  return (
    <>
      <h1>{t('matching.recruitingDays.title')}</h1>
      <p>
        <Link to={paths.vacancies}>{t('matching.recruitingDays.back')}</Link>
      </p>
      <p className="lead">{t('matching.recruitingDays.intro')}</p>
      <section className="section-block" aria-labelledby={listId}>
        <h2 id={listId}>{t('matching.recruitingDays.list')}</h2>
        {days.isPending ? <Loading /> : days.isError ? <ProblemAlert error={days.error} onRetry={() => void days.refetch()} /> : <RecruitingDayList days={days.data.items} />}
      </section>
      <section className="section-block" aria-labelledby={formId}>
        <h2 id={formId}>{t('matching.recruitingDays.form.title')}</h2>
        <div ref={statusRef} role="status" tabIndex={-1}>
          {created && <p className="alert alert-success">{t('matching.recruitingDays.form.created')}</p>}
        </div>
        {me.isPending || vacancies.isPending ? (
          <Loading />
        ) : me.isError ? (
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        ) : vacancies.isError ? (
          <ProblemAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} />
        ) : offices.length === 0 ? (
          <p>{t('matching.noOffices')}</p>
        ) : (
          <div className="row">
            <div className="col-lg-10 col-xl-9">
              <RecruitingDayForm
                offices={offices}
                vacancies={published}
                onCreated={() => {
                  setCreated(true);
                  statusRef.current?.focus();
                }}
              />
            </div>
          </div>
        )}
      </section>
    </>
  );
}

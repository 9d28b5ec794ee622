import type { CitizenSurveyResponse, SurveyStatus } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMySurveys } from '../../features/surveys/api/use-my-surveys';
import { surveyLinkOf } from '../../features/surveys/surveys-paths';
import { useDates } from '../../features/shared/hooks/use-dates';
import { serviceNameIn } from '../../features/surveys/survey-texts';

/** /valuta-il-servizio: "Valuta il servizio", the open surveys first, then those already answered or closed. */
export function MySurveysRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('surveys.title'));
  const surveys = useMySurveys();
  const openId = useId();
  const doneId = useId();
  const items = surveys.data?.items ?? [];
  const open = items.filter((s) => s.status === 'open');
  const done = items.filter((s) => s.status !== 'open');

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('surveys.title')}</h1>
        <p className="lead">{t('surveys.intro')}</p>
        {surveys.isPending && <Loading />}
        {surveys.isError && <ProblemAlert error={surveys.error} onRetry={() => void surveys.refetch()} />}
        {surveys.isSuccess && (
          <>
            <section className="section-block" aria-labelledby={openId}>
              <h2 id={openId}>{t('surveys.list.open')}</h2>
              <SurveyList items={open} empty={t('surveys.list.empty')} />
            </section>
            <section className="section-block" aria-labelledby={doneId}>
              <h2 id={doneId}>{t('surveys.list.done')}</h2>
              <SurveyList items={done} empty={t('surveys.list.emptyDone')} />
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function SurveyList({ items, empty }: { items: CitizenSurveyResponse[]; empty: string }) {
  const { t, i18n } = useTranslation('citizen');
  const dates = useDates();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="list-unstyled">
      {items.map((s) => (
        <li key={s.id} className="mb-3">
          <span className="d-block">{t('surveys.list.item', { service: serviceNameIn(s, i18n.language), office: s.officeName, date: dates.day(s.serviceDate) })}</span>
          <span className="d-block text-muted">{t(`surveys.statuses.${s.status as SurveyStatus}`)}</span>
          {s.status !== 'expired' && <Link to={surveyLinkOf(s.token)}>{s.status === 'open' ? t('surveys.list.answer') : t('surveys.list.view')}</Link>}
        </li>
      ))}
    </ul>
  );
}

import type { ApplicationResponse } from '@opencpi/contracts';
import { ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from '../../shared/hooks/use-dates';
import { useAnswerConsent } from '../api/use-answer-consent';
import { useMatchingLabels } from '../matching-labels';
import { vacancyPath } from '../matching-paths';

/**
 * One application of /candidature: the vacancy (a link), company, date, status and outcome. While the CPI waits
 * for the person's consent to show their name to the company, the question with "Sì, mostra il mio nome" and
 * "No, resta anonimo"; the answer saved is said in a status box (focus moves there, the buttons are gone).
 */
export function ApplicationItem({ application }: { application: ApplicationResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const dates = useDates();
  const consent = useAnswerConsent();
  const [answered, setAnswered] = useState<boolean | undefined>();

  const answer = (granted: boolean) => {
    if (consent.isPending) return;
    consent.mutate({ applicationId: application.id, granted }, { onSuccess: () => setAnswered(granted) });
  };

  return (
    <article className="item-card application-card">
      <h2 className="h4 mb-2">
        <Link to={vacancyPath(application.vacancyId)}>{application.vacancyTitle}</Link>
      </h2>
      {application.companyName && <p className="mb-1">{t('matching.applications.company', { name: application.companyName })}</p>}
      <p className="mb-1">{t('matching.applications.date', { date: dates.day(application.createdAt) })}</p>
      <p className="mb-1">
        {t('matching.applications.status')}{' '}
        <span className={`badge ${application.status === 'withdrawn' ? 'bg-secondary' : 'bg-primary'}`}>{labels.applicationStatus(application.status)}</span>
      </p>
      {application.outcome && <p className="mb-1">{t('matching.applications.outcome', { outcome: labels.outcome(application.outcome) })}</p>}

      <StatusMessage focus className="mt-3">
        {answered !== undefined ? <p>{t(answered ? 'matching.applications.consent.granted' : 'matching.applications.consent.refused')}</p> : undefined}
      </StatusMessage>
      {answered === undefined && application.consent === 'granted' && <p className="mb-1">{t('matching.applications.consent.grantedNote')}</p>}
      {answered === undefined && application.consent === 'refused' && <p className="mb-1">{t('matching.applications.consent.refusedNote')}</p>}
      {application.consent === 'pending' && answered === undefined && (
        <div className="consent-box mt-3">
          <p className="fw-semibold">
            {application.companyName
              ? t('matching.applications.consent.question', { company: application.companyName })
              : t('matching.applications.consent.questionNoCompany', { title: application.vacancyTitle })}
          </p>
          {consent.isError && <ProblemAlert error={consent.error} />}
          <div className="form-actions mt-0" aria-busy={consent.isPending}>
            <button type="button" className="btn btn-primary" onClick={() => answer(true)}>
              {t('matching.applications.consent.yes')}
            </button>
            <button type="button" className="btn btn-outline-primary" onClick={() => answer(false)}>
              {t('matching.applications.consent.no')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}

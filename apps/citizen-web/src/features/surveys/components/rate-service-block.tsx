import type { SurveyServiceKind } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMySurveys } from '../api/use-my-surveys';
import { serviceNameIn } from '../survey-texts';
import { surveyLinkOf, surveysPath } from '../surveys-paths';

/**
 * "Valuta il servizio" at the foot of a service page (Designers Italia): the person's open survey of this kind of
 * service, if any (answered on its own page, stored by the surveys module), else where to find the ones to give.
 * Never in the way: no survey is required.
 */
export function RateServiceBlock({ serviceKind }: { serviceKind: SurveyServiceKind }) {
  const { t, i18n } = useTranslation('citizen');
  const f = useFormatters();
  const headingId = useId();
  const surveys = useMySurveys();
  const open = surveys.data?.items.find((s) => s.serviceKind === serviceKind && s.status === 'open');
  return (
    <aside className="rate-service-block callout mt-5" aria-labelledby={headingId}>
      <h2 id={headingId} className="h5">
        {t('rateService.title')}
      </h2>
      {open ? (
        <p className="mb-0">
          {t('rateService.open', { service: serviceNameIn(open, i18n.language), date: f.date(open.serviceDate) })}{' '}
          <Link to={surveyLinkOf(open.token)}>{t('rateService.answer')}</Link>
        </p>
      ) : (
        <p className="mb-0">
          {t('rateService.none')} <Link to={surveysPath}>{t('rateService.all')}</Link>
        </p>
      )}
    </aside>
  );
}

import type { BenefitObligationsResponse } from '@opencpi/contracts';
import { DataList, Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyObligations } from '../api/use-my-obligations';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { LadderList } from './ladder-list';

/** One benefit: its status and period, why it brings obligations, and each obligation with its ladder and source. */
function BenefitCard({ benefit }: { benefit: BenefitObligationsResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  const headingId = useId();
  const period = benefit.endDate
    ? t('condizionalita.benefits.fromTo', { from: dates.day(benefit.startDate), to: dates.day(benefit.endDate) })
    : t('condizionalita.benefits.since', { from: dates.day(benefit.startDate) });
  return (
    <article className="obligation-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {labels.benefit(benefit.benefit)}
      </h3>
      <DataList
        stacked
        items={[
          { label: t('condizionalita.benefits.status'), value: labels.benefitStatus(benefit.status) },
          { label: t('condizionalita.benefits.period'), value: period },
          { label: t('condizionalita.benefits.benefitId'), value: benefit.benefitId },
        ]}
      />
      <h4 className="h6">{t('condizionalita.benefits.why')}</h4>
      <p>{labels.whyObligations(benefit.reasonCode)}</p>
      <h4 className="h6">{t('condizionalita.benefits.obligations')}</h4>
      <ul className="obligation-list">
        {benefit.obligations.map((obligation) => (
          <li key={obligation.ruleCode}>
            <p className="fw-semibold mb-1">{labels.obligation(obligation.ruleCode)}</p>
            <p className="mb-1">{t('condizionalita.benefits.ifNot')}</p>
            <LadderList sanctions={obligation.ladder} />
            <p className="small text-secondary mb-0">
              {t('condizionalita.benefits.source', { source: obligation.legalSource })}
              {!obligation.verified && <span className="badge bg-secondary ms-2">{t('condizionalita.benefits.toVerify')}</span>}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** "I sostegni che ricevi": the benefits INPS reports for me and the obligations each brings (or why none is shown). */
export function BenefitsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const obligations = useMyObligations();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.benefits.title')}</h2>
      {obligations.isPending ? (
        <Loading />
      ) : obligations.isError ? (
        <ProblemAlert error={obligations.error} onRetry={() => void obligations.refetch()} />
      ) : !obligations.data.benefitsAvailable ? (
        <p className="alert alert-warning">{t('condizionalita.benefits.unavailable')}</p>
      ) : obligations.data.benefits.length === 0 ? (
        <p>{t('condizionalita.benefits.none')}</p>
      ) : (
        obligations.data.benefits.map((benefit) => <BenefitCard key={benefit.benefitId} benefit={benefit} />)
      )}
    </section>
  );
}

import type { BenefitObligationsResponse, ObligationResponse, ObligationsResponse } from '@opencpi/contracts';
import { Loading } from '@opencpi/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../../condizionalita/hooks/use-condizionalita-labels';
import { useDates } from '../../shared/hooks/use-dates';

/** Does the obligations answer have something for the card: benefits, or the news that INPS could not be read? */
export function hasBenefitNews(query: Pick<UseQueryResult<ObligationsResponse>, 'isError' | 'data'>): boolean {
  return query.isError || (!!query.data && (!query.data.benefitsAvailable || query.data.benefits.length > 0));
}

/**
 * The one thing to do the benefits bring, as the API's rules in force say it (each with its legal source and whether
 * it is verified; domain.md: D.Lgs. 150/2015 art. 21 c.7 for NASpI/DIS-COLL, D.L. 48/2023 art. 8 c.6 for ADI/SFL):
 * keeping appointments and summons first, else the first rule of the first benefit that carries obligations. None
 * when no benefit carries obligations today (the API sends no rules then). Nothing here is a rule of its own.
 */
export function nextObligation(benefits: readonly BenefitObligationsResponse[]): ObligationResponse | undefined {
  const all = benefits.flatMap((b) => b.obligations);
  return all.find((o) => o.ruleCode === 'missed_appointment') ?? all[0];
}

/**
 * The benefits INPS reports for me on the home's obligations card: which one, since when (until when, when known), its
 * status when not active, and the one obligation to keep with what happens the first time it is not kept. When INPS
 * cannot be read now, says so: the rest of the card (my cases) still shows.
 */
export function ObligationsBenefits({ query }: { query: UseQueryResult<ObligationsResponse> }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  if (query.isPending) return <Loading />;
  if (query.isError || !query.data.benefitsAvailable) return <p className="mb-2">{t('home.obligations.benefitsUnavailable')}</p>;
  const benefits = query.data.benefits;
  if (benefits.length === 0) return null;
  const next = nextObligation(benefits);
  return (
    <>
      <ul className="list-unstyled mb-2">
        {benefits.map((b) => (
          <li key={b.benefitId}>
            <span className="fw-semibold">{labels.benefit(b.benefit)}</span>
            <br />
            {b.endDate
              ? t('condizionalita.benefits.fromTo', { from: dates.day(b.startDate), to: dates.day(b.endDate) })
              : t('condizionalita.benefits.since', { from: dates.day(b.startDate) })}
            {b.status !== 'active' && ` · ${labels.benefitStatus(b.status)}`}
          </li>
        ))}
      </ul>
      {next && (
        <>
          <p className="mb-1">{labels.obligation(next.ruleCode)}</p>
          <p className="mb-1">
            {t('condizionalita.benefits.ifNot')} {labels.ladder(next.ladder)[0]}
          </p>
          <p className="small text-secondary">
            {t('condizionalita.benefits.source', { source: next.legalSource })}
            {!next.verified && <span className="badge bg-secondary ms-2">{t('condizionalita.benefits.toVerify')}</span>}
          </p>
        </>
      )}
    </>
  );
}

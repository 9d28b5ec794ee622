import type { PersonOverviewResponse } from '@opencpi/contracts';
import { useDerivationText, useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../dates';
import { usePattoLabels } from '../hooks/use-patto-labels';

/** "DID e stato occupazionale": the active DID, the derived employment status and how it was derived (fact, rule, source). */
export function DidSection({ person }: { person: PersonOverviewResponse }) {
  const { t } = useTranslation('operator');
  const derivationText = useDerivationText();
  const f = useFormatters();
  const labels = usePattoLabels();
  const headingId = useId();
  const { did, employmentStatus: status } = person;
  const since = status.since ? f.date(romeDay(status.since)) : undefined;

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('person.did.title')}</h2>
      {!did && <p>{t('person.did.none')}</p>}
      <DataList
        items={[
          ...(did
            ? [
                { label: t('person.did.filedAt'), value: <time dateTime={romeDay(did.filedAt)}>{f.date(romeDay(did.filedAt))}</time> },
                { label: t('person.did.benefit'), value: labels.benefit(did.benefit) },
                { label: t('person.did.deadline'), value: <time dateTime={romeDay(did.contactDeadline)}>{f.date(romeDay(did.contactDeadline))}</time> },
              ]
            : []),
          { label: t('person.did.status'), value: labels.employmentStatus(status.status, since) },
          { label: t('person.did.months'), value: String(status.monthsUnemployed) },
        ]}
      />
      <h3>{t('person.did.derivation')}</h3>
      {status.derivation.length === 0 ? (
        <p>{t('person.did.derivationEmpty')}</p>
      ) : (
        <ol className="derivation-steps">
          {status.derivation.map((step, i) => (
            <li key={i}>
              <span className="d-block fw-semibold">{derivationText(step).fact}</span>
              <span className="d-block">
                {t('person.did.rule')} {derivationText(step).rule}
              </span>
              <span className="d-block small text-muted-aa">
                {t('person.did.source')} {step.source}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

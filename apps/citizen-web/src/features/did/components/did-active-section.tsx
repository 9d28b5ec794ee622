import type { DidResponse, EmploymentStatusResponse } from '@opencpi/contracts';
import { useDerivationText } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { Callout } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DueDate } from '../../shared/components/due-date';
import { useDates } from '../../shared/hooks/use-dates';

/** "Disoccupato/a dal 1 marzo 2026", "A rischio di disoccupazione", "Non in stato di disoccupazione". */
export function useEmploymentStatusLabel() {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  return (status: EmploymentStatusResponse): string => {
    switch (status.status) {
      case 'unemployed':
        return status.since ? t('did.active.unemployed', { since: dates.day(status.since) }) : t('did.active.unemployedNoDate');
      case 'at_risk':
        return t('did.active.at_risk');
      case 'not_unemployed':
        return t('did.active.not_unemployed');
      default:
        return status.status;
    }
  };
}

/**
 * "La tua DID è attiva": when it was filed, the employment status it gives and how that was derived (fact — rule —
 * source), and the deadline to contact the CPI with "Prenota un appuntamento" and the next step, the channel.
 */
export function DidActiveSection({ did, employmentStatus }: { did: DidResponse; employmentStatus: EmploymentStatusResponse }) {
  const { t } = useTranslation('citizen');
  const derivationText = useDerivationText();
  const dates = useDates();
  const statusLabel = useEmploymentStatusLabel();
  const headingId = useId();
  const derivationId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.active.title')}</h2>
      <DataList
        items={[
          { label: t('did.active.filedAt'), value: dates.day(did.filedAt) },
          { label: t('did.active.status'), value: <span className="fw-semibold">{statusLabel(employmentStatus)}</span> },
        ]}
      />

      <Callout color="note" className="did-deadline">
        <p className="did-deadline__title">
          <DueDate date={did.contactDeadline} dueKey="did.active.deadline" />
        </p>
        <p>{t('did.active.deadlineText')}</p>
        <ul className="did-deadline__links">
          <li>
            <Link to="/appuntamenti/prenota">{t('did.active.book')}</Link>
          </li>
          <li>
            <Link to="/canale">{t('did.active.next')}</Link>
          </li>
        </ul>
      </Callout>

      {employmentStatus.derivation.length > 0 && (
        <>
          <h3 id={derivationId} className="h4">
            {t('did.active.derivation')}
          </h3>
          <ul className="did-derivation" aria-labelledby={derivationId}>
            {employmentStatus.derivation.map((step, index) => {
              const text = derivationText(step);
              return (
                <li key={index}>
                  <span className="fw-semibold">{text.fact}</span> — {text.rule} — <cite>{step.source}</cite>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

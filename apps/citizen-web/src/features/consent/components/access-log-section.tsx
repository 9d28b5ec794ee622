import { DataTable, Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useConsentAccessLog } from '../api/use-consent-access-log';
import { useConsentLabels } from '../consent-labels';

/** "Chi ha letto i miei dati": every read of my data by an agency (from the audit trail), newest first. */
export function AccessLogSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const log = useConsentAccessLog();
  const dates = useDates();
  const labels = useConsentLabels();
  const items = log.data?.items ?? [];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.log.title')}</h2>
      <p>{t('consent.log.intro')}</p>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ProblemAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('consent.log.none')}</p>
      ) : (
        <DataTable caption={t('consent.log.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('consent.log.when')}</th>
              <th scope="col">{t('consent.log.agency')}</th>
              <th scope="col">{t('consent.log.part')}</th>
              <th scope="col">{t('consent.log.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                <td>
                  <time dateTime={r.occurredAt}>{dates.dateTime(r.occurredAt)}</time>
                </td>
                <td>{r.agencyName}</td>
                <td>
                  {labels.part(r.part)}
                  {r.outcome === 'denied' && <span className="badge bg-danger ms-2">{t('consent.log.denied')}</span>}
                </td>
                <td>{labels.purpose(r.purpose)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

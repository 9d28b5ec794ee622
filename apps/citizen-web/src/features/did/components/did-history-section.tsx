import type { DidResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/** "Dichiarazioni precedenti": the revoked DIDs, with when they were filed and revoked and why. Nothing when there are none. */
export function DidHistorySection({ history }: { history: readonly DidResponse[] }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const headingId = useId();
  const revoked = history.filter((did) => did.status === 'revoked');
  if (revoked.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.history.title')}</h2>
      <ul className="plain-list">
        {revoked.map((did) => (
          <li key={did.id} className="item-card">
            <p className="mb-1">
              {t('did.history.filed', { date: dates.day(did.filedAt) })}
              {did.revokedAt && <> · {t('did.history.revoked', { date: dates.day(did.revokedAt) })}</>}
            </p>
            {did.revokeReason && <p className="mb-0 pre-line">{t('did.history.reason', { reason: did.revokeReason })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { DataTable, Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyConsentGrants } from '../api/use-my-consent-grants';
import { useConsentLabels } from '../consent-labels';
import { GrantItem } from './grant-item';

/** "Chi può vedere i miei dati ora": the grants in force or about to start (each revocable), then the past ones. */
export function GrantsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const grants = useMyConsentGrants();
  const dates = useDates();
  const labels = useConsentLabels();
  const [revoked, setRevoked] = useState<string>();
  const items = grants.data?.items ?? [];
  const current = items.filter((g) => g.state === 'active' || g.state === 'scheduled');
  const past = items.filter((g) => g.state === 'expired' || g.state === 'revoked');
  const onRevoked = (text: string) => {
    setRevoked(text);
    heading.current?.focus(); // the button that had focus leaves with the grant
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('consent.grants.title')}
      </h2>
      <StatusMessage>{revoked ? <p className="mb-0">{revoked}</p> : undefined}</StatusMessage>
      {grants.isPending ? (
        <Loading />
      ) : grants.isError ? (
        <ProblemAlert error={grants.error} onRetry={() => void grants.refetch()} />
      ) : (
        <>
          {current.length === 0 ? (
            <p>{t('consent.grants.none')}</p>
          ) : (
            <ul className="list-unstyled" aria-label={t('consent.grants.caption')}>
              {current.map((g) => (
                <GrantItem key={g.id} grant={g} onRevoked={onRevoked} />
              ))}
            </ul>
          )}
          {past.length > 0 && (
            <>
              <h3 className="h5 mt-4">{t('consent.grants.past')}</h3>
              <DataTable caption={t('consent.grants.pastCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('consent.grants.agency')}</th>
                    <th scope="col">{t('consent.grants.part')}</th>
                    <th scope="col">{t('consent.grants.period')}</th>
                    <th scope="col">{t('consent.grants.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {past.map((g) => (
                    <tr key={g.id}>
                      <td>{g.agencyName}</td>
                      <td>{labels.part(g.part)}</td>
                      <td>{t('consent.grants.periodValue', { from: dates.day(g.validFrom), until: dates.day(g.validUntil) })}</td>
                      <td>{labels.state(g.state)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          )}
        </>
      )}
    </section>
  );
}

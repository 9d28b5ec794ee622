import { DataTable, Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyCertificateVerifications } from '../api/use-my-certificate-verifications';

/** "Chi ha verificato i miei certificati": every check, with an anonymous tag of the verifier. */
export function VerificationsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const log = useMyCertificateVerifications();
  const dates = useDates();
  const items = log.data?.items ?? [];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.verifications.title')}</h2>
      <p>{t('certificates.verifications.intro')}</p>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ProblemAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('certificates.verifications.empty')}</p>
      ) : (
        <DataTable caption={t('certificates.verifications.title')}>
          <thead>
            <tr>
              <th scope="col">{t('certificates.verifications.when')}</th>
              <th scope="col">{t('certificates.verifications.kind')}</th>
              <th scope="col">{t('certificates.verifications.method')}</th>
              <th scope="col">{t('certificates.verifications.outcome')}</th>
              <th scope="col">{t('certificates.verifications.verifier')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((v) => (
              <tr key={v.id}>
                <td>
                  <time dateTime={v.at}>{dates.dateTime(v.at)}</time>
                </td>
                <td>{t(`certificates.kinds.${v.kind as 'status_attestation'}`)}</td>
                <td>{t(`certificates.verifications.methods.${v.method as 'code'}`)}</td>
                <td>{v.outcome === 'revoked' ? t('certificates.verify.revoked') : t('certificates.verify.authentic')}</td>
                <td>
                  <code>{v.verifier}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

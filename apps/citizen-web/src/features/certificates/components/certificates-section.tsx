import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyCertificates } from '../api/use-my-certificates';
import { CertificateItem } from './certificate-item';

/** "Certificati rilasciati": mine, newest first, revoked ones marked. */
export function CertificatesSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const list = useMyCertificates();
  const items = list.data?.items ?? [];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.list.title')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('certificates.list.empty')}</p>
      ) : (
        <ul className="list-unstyled">
          {items.map((c) => (
            <CertificateItem key={c.id} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useMyCertificates } from '../../certificates/api/use-my-certificates';
import { certificatesPath } from '../../certificates/certificates-paths';
import { useDates } from '../../shared/hooks/use-dates';
import { StatusCard } from './status-card';

/** Certificates, only when the person has some: how many and the date of the latest. */
export function CertificatesCard() {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const certificates = useMyCertificates();
  const items = certificates.data?.items ?? [];
  if (certificates.isSuccess && items.length === 0) return null;
  const latest = [...items].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0];
  return (
    <StatusCard title={t('home.certificates.title')} query={certificates} action={{ to: certificatesPath, label: t('home.certificates.view') }}>
      <p className="mb-1">{t('home.certificates.count', { count: items.length })}</p>
      {latest && <p>{t('home.certificates.latest', { date: dates.day(latest.issuedAt) })}</p>}
    </StatusCard>
  );
}

import { certificatePdfUrl } from '@opencpi/api-client';
import type { CertificateResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from '../../shared/hooks/use-dates';
import { verifyPath } from '../certificates-paths';

/** One certificate: kind, status, dates, code, the PDF and its verification page. */
export function CertificateItem({ c }: { c: CertificateResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const kind = t(`certificates.kinds.${c.kind as 'status_attestation'}`);
  return (
    <li className="card card-bg mb-3">
      <div className="card-body">
        <h3 className="h5 card-title">
          {kind} <span className={`badge ${c.status === 'revoked' ? 'bg-danger' : 'bg-success'} ms-2`}>{t(`certificates.statuses.${c.status as 'valid'}`)}</span>
        </h3>
        <p className="mb-1">
          {t('certificates.list.issuedAt', { date: dates.day(c.issuedAt) })} · {t(`certificates.locales.${c.locale as 'it'}`)}
          {c.issuedVia === 'operator' && <> · {t('certificates.list.atDesk')}</>}
        </p>
        {c.atDate && <p className="mb-1">{t('certificates.list.atDate', { date: dates.day(c.atDate) })}</p>}
        {c.revokedAt && <p className="mb-1 text-danger">{t('certificates.list.revoked', { date: dates.day(c.revokedAt), reason: c.revokeReason ?? '' })}</p>}
        <p className="mb-2">
          {t('certificates.list.code')}: <code>{c.code}</code>
        </p>
        <p className="mb-0 d-flex flex-wrap gap-3">
          <a href={certificatePdfUrl(c.id)} download aria-label={t('certificates.list.downloadOf', { kind, date: dates.day(c.issuedAt) })}>
            {t('certificates.list.download')}
          </a>
          <Link to={`${verifyPath}/${c.code}`}>{t('certificates.list.verifyLink')}</Link>
        </p>
      </div>
    </li>
  );
}

import type { PublicCertificateResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/** What the certificate prints, and nothing more: holder, fiscal code, kind, dates, the PDF's fingerprint. */
export function PrintedData({ c }: { c: PublicCertificateResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  return (
    <dl className="row">
      <dt className="col-sm-4">{t('certificates.verify.kind')}</dt>
      <dd className="col-sm-8">{t(`certificates.kinds.${c.kind as 'status_attestation'}`)}</dd>
      <dt className="col-sm-4">{t('certificates.verify.holder')}</dt>
      <dd className="col-sm-8">{c.holderName}</dd>
      <dt className="col-sm-4">{t('certificates.verify.fiscalCode')}</dt>
      <dd className="col-sm-8">{c.holderFiscalCode}</dd>
      <dt className="col-sm-4">{t('certificates.verify.issuedAt')}</dt>
      <dd className="col-sm-8">{dates.day(c.issuedAt)}</dd>
      {c.atDate && (
        <>
          <dt className="col-sm-4">{t('certificates.verify.atDate')}</dt>
          <dd className="col-sm-8">{dates.day(c.atDate)}</dd>
        </>
      )}
      <dt className="col-sm-4">{t('certificates.verify.sha256')}</dt>
      <dd className="col-sm-8 text-break">
        <code>{c.sha256}</code>
      </dd>
    </dl>
  );
}

import { certificatePdfUrl } from '@opencpi/api-client';
import { useFormatters } from '@opencpi/i18n';
import { DataTable, Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenCertificates } from '../api/use-citizen-certificates';
import { IssueCertificateForm } from './issue-certificate-form';
import { RevokeCertificateForm } from './revoke-certificate-form';

/** The person's certificates in the dossier: issue at the desk, the list with its PDFs, revoke with a reason. */
export function CitizenCertificatesSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const f = useFormatters();
  const list = useCitizenCertificates(citizenId);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.title')}</h2>
      <p>{t('certificates.intro')}</p>
      <IssueCertificateForm citizenId={citizenId} />
      <StatusMessage>{revoked ? <p className="mb-0">{t('certificates.revoke.done', { code: revoked })}</p> : undefined}</StatusMessage>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('certificates.list.empty')}</p>
      ) : (
        <DataTable caption={t('certificates.list.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('certificates.list.issuedAt')}</th>
              <th scope="col">{t('certificates.list.kind')}</th>
              <th scope="col">{t('certificates.list.code')}</th>
              <th scope="col">{t('certificates.list.status')}</th>
              <th scope="col">{t('certificates.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <Fragment key={c.id}>
                <tr>
                  <td>
                    <time dateTime={c.issuedAt}>{f.dateTime(c.issuedAt)}</time>
                  </td>
                  <td>
                    {t(`certificates.kinds.${c.kind as 'status_attestation'}`)} ({t(`certificates.locales.${c.locale as 'it'}`)})
                  </td>
                  <td>
                    <code>{c.code}</code>
                  </td>
                  <td>
                    {t(`certificates.statuses.${c.status as 'valid'}`)}
                    {c.revokedAt && <div className="small">{t('certificates.list.revokedOn', { date: f.date(c.revokedAt.slice(0, 10)), reason: c.revokeReason ?? '' })}</div>}
                  </td>
                  <td className="d-flex flex-wrap gap-2">
                    <a href={certificatePdfUrl(c.id, 'operator')} download aria-label={t('certificates.list.downloadOf', { code: c.code })}>
                      {t('certificates.list.download')}
                    </a>
                    {c.status === 'valid' && revoking !== c.id && (
                      <button type="button" className="btn btn-link btn-sm p-0" aria-label={t('certificates.revoke.openOf', { code: c.code })} onClick={() => setRevoking(c.id)}>
                        {t('certificates.revoke.open')}
                      </button>
                    )}
                  </td>
                </tr>
                {revoking === c.id && (
                  <tr>
                    <td colSpan={5}>
                      <RevokeCertificateForm
                        citizenId={citizenId}
                        certificateId={c.id}
                        onCancel={() => setRevoking(null)}
                        onDone={() => {
                          setRevoking(null);
                          setRevoked(c.code);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

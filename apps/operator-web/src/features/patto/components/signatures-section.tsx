import type { PattoVersionResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountersignPatto } from '../api/use-countersign-patto';
import { usePattoLabels } from '../hooks/use-patto-labels';
import { InPersonSignatureForm } from './in-person-signature-form';

export interface SignaturesSectionProps {
  pattoId: string;
  version: PattoVersionResponse;
  /** a closed patto: the evidence only, nothing more to sign */
  closed: boolean;
  onCountersigned: () => void;
  onUploaded: () => void;
}

/**
 * "Firme": the evidence of each signature (party, signer, method, SPID level, when the code was verified, IP, the
 * SHA-256 of the signed text, date), who still has to sign, and, while proposed, the operator's countersignature and
 * the upload of a copy signed on paper.
 */
export function SignaturesSection({ pattoId, version, closed, onCountersigned, onUploaded }: SignaturesSectionProps) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const labels = usePattoLabels();
  const countersign = useCountersignPatto(pattoId);
  const headingId = useId();
  const signedBy = new Set(version.signatures.map((s) => s.party));
  const missing = version.requiredParties.filter((p) => !signedBy.has(p));
  const proposed = version.status === 'proposed' && !closed;
  const na = tc('notAvailable');

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.signatures.title')}</h2>
      {version.signatures.length === 0 ? (
        <p>{t('patto.signatures.none')}</p>
      ) : (
        <DataTable caption={t('patto.signatures.caption')} className="signatures-table">
          <thead>
            <tr>
              <th scope="col">{t('patto.signatures.columns.party')}</th>
              <th scope="col">{t('patto.signatures.columns.signer')}</th>
              <th scope="col">{t('patto.signatures.columns.method')}</th>
              <th scope="col">{t('patto.signatures.columns.spidLevel')}</th>
              <th scope="col">{t('patto.signatures.columns.otpVerifiedAt')}</th>
              <th scope="col">{t('patto.signatures.columns.ip')}</th>
              <th scope="col">{t('patto.signatures.columns.sha256')}</th>
              <th scope="col">{t('patto.signatures.columns.signedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {version.signatures.map((s) => (
              <tr key={`${s.party}-${s.signedAt}`}>
                <th scope="row">{labels.party(s.party)}</th>
                <td>
                  <span className="d-block">{s.signerName}</span>
                  <span className="d-block small fiscal-code">{s.signerFiscalCode}</span>
                </td>
                <td>
                  {labels.signatureMethod(s.method)}
                  {s.otpChannel && ` (${labels.otpChannel(s.otpChannel)})`}
                </td>
                <td>{s.spidLevel ?? na}</td>
                <td>{s.otpVerifiedAt ? <time dateTime={s.otpVerifiedAt}>{f.dateTime(s.otpVerifiedAt)}</time> : na}</td>
                <td>{s.ip ? <span className="font-monospace">{s.ip}</span> : na}</td>
                <td>
                  <code className="sha256">{s.documentSha256}</code>
                </td>
                <td className="text-nowrap">
                  <time dateTime={s.signedAt}>{f.dateTime(s.signedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {closed ? null : missing.length > 0 ? (
        <p className="fw-semibold">{t('patto.signatures.waiting', { parties: missing.map(labels.party).join(', ') })}</p>
      ) : (
        version.signatures.length > 0 && <p>{t('patto.signatures.complete')}</p>
      )}

      {proposed && !signedBy.has('operator') && (
        <>
          {countersign.isError && <ProblemAlert error={countersign.error} />}
          <p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={countersign.isPending || !version.sha256}
              aria-busy={countersign.isPending}
              onClick={() => version.sha256 && countersign.mutate(version.sha256, { onSuccess: onCountersigned })}
            >
              {t('patto.signatures.countersign')}
            </button>
          </p>
        </>
      )}
      {proposed && !signedBy.has('citizen') && <InPersonSignatureForm pattoId={pattoId} onUploaded={onUploaded} />}
    </section>
  );
}

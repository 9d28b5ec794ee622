import { CERTIFICATE_KINDS, CERTIFICATE_LOCALES, RequestCertificateBody, type CertificateKind, type CertificateLocale } from '@opencpi/contracts/browser';
import { todayInRome } from '@opencpi/i18n';
import { FormDateField, FormRadioGroup, FormSelectField, FormShell, ProblemAlert, StatusMessage, useMutationForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonOverview } from '../../patto/api/use-person-overview';
import { useIssueCertificate } from '../api/use-issue-certificate';

interface IssueValues {
  kind: CertificateKind;
  locale: CertificateLocale;
  atDate: string;
}
const check: CrossCheck<IssueValues> = (v) => (v.kind === 'status_attestation' && v.atDate > todayInRome() ? { atDate: 'notFuture' } : {});

/** "Rilascia un certificato" at the desk; a copy of the patto only when the person's current patto has a signed version. */
export function IssueCertificateForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const issue = useIssueCertificate(citizenId);
  const overview = usePersonOverview(citizenId);
  const patto = overview.data?.patto;
  const signedPattoId = patto?.versions.some((v) => v.signedAt) ? patto.id : undefined;
  const kinds = CERTIFICATE_KINDS.filter((k) => k !== 'patto_copy' || signedPattoId);
  const toBody = (v: IssueValues): RequestCertificateBody => ({
    kind: v.kind,
    locale: v.locale,
    ...(v.kind === 'status_attestation' && v.atDate ? { atDate: v.atDate } : {}),
    ...(v.kind === 'patto_copy' && signedPattoId ? { pattoId: signedPattoId } : {}),
  });
  const defaults: IssueValues = { kind: 'status_attestation', locale: 'it', atDate: todayInRome() };
  // the values stay after issuing (no reset)
  const { form, done, submit } = useMutationForm({ dto: RequestCertificateBody, toBody, defaults, mutation: issue, check, reset: false });
  const kind = form.watch('kind');
  const messages: FieldMessages = (field, type) => (field === 'atDate' && type !== 'server' ? t('certificates.form.atDateInvalid') : undefined);
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('certificates.form.title')}
      </h3>
      <StatusMessage>{done ? <p className="mb-0">{t('certificates.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <div className="row">
          <div className="col-md-6">
            <FormSelectField name="kind" label={t('certificates.form.kind')}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`certificates.kinds.${k}`)}
                </option>
              ))}
            </FormSelectField>
          </div>
          {kind === 'status_attestation' && (
            <div className="col-md-6">
              <FormDateField name="atDate" label={t('certificates.form.atDate')} max={todayInRome()} />
            </div>
          )}
        </div>
        <FormRadioGroup<CertificateLocale>
          name="locale"
          legend={t('certificates.form.locale')}
          inline
          options={CERTIFICATE_LOCALES.map((l) => ({ value: l, label: t(`certificates.locales.${l}`) }))}
        />
        {issue.isError && <ProblemAlert error={issue.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={issue.isPending}>
            {issue.isPending ? t('certificates.form.submitting') : t('certificates.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}

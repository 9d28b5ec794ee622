import { CERTIFICATE_KINDS, CERTIFICATE_LOCALES, RequestCertificateBody, type CertificateKind, type CertificateLocale } from '@opencpi/contracts/browser';
import { todayInRome } from '@opencpi/i18n';
import { FormDateField, FormRadioGroup, FormSelectField, FormShell, ProblemAlert, StatusMessage, useMutationForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyPatti } from '../../patto/api/use-my-patti';
import { useDates } from '../../shared/hooks/use-dates';
import { useRequestCertificate } from '../api/use-request-certificate';

interface RequestValues {
  kind: CertificateKind;
  locale: CertificateLocale;
  atDate: string;
  pattoId: string;
}
const toBody = (v: RequestValues): RequestCertificateBody => ({
  kind: v.kind,
  locale: v.locale,
  ...(v.kind === 'status_attestation' && v.atDate ? { atDate: v.atDate } : {}),
  ...(v.kind === 'patto_copy' && v.pattoId ? { pattoId: v.pattoId } : {}),
});
/** what the DTO cannot say: the date is not in the future, a copy names its patto */
const check: CrossCheck<RequestValues> = (v) => ({
  ...(v.kind === 'status_attestation' && v.atDate > todayInRome() ? { atDate: 'notFuture' } : {}),
  ...(v.kind === 'patto_copy' && !v.pattoId ? { pattoId: 'required' } : {}),
});

/** "Richiedi un certificato": which one, in which language, at which date (attestation) or of which signed patto (copy). */
export function RequestCertificateForm() {
  const { t, i18n } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const request = useRequestCertificate();
  const patti = useMyPatti();
  const defaults = (): RequestValues => ({ kind: 'status_attestation', locale: i18n.language === 'en' ? 'en' : 'it', atDate: todayInRome(), pattoId: '' });
  // after a request the kind, language and date stay as they were
  const { form, done, submit } = useMutationForm({ dto: RequestCertificateBody, toBody, defaults, mutation: request, check, reset: (values) => ({ ...values, pattoId: '' }) });
  const kind = form.watch('kind');
  const signed = (patti.data?.items ?? []).flatMap((p) => {
    const v = [...p.versions].reverse().find((x) => x.signedAt);
    return v ? [{ id: p.id, date: v.signedAt!, office: p.officeName }] : [];
  });
  const messages: FieldMessages = (field, type) => {
    if (field === 'atDate' && type !== 'server') return t('certificates.form.atDateInvalid');
    if (field === 'pattoId') return t('certificates.form.pattoRequired');
    return undefined;
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.form.title')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('certificates.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormSelectField name="kind" label={t('certificates.form.kind')}>
          {CERTIFICATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`certificates.kinds.${k}`)}
            </option>
          ))}
        </FormSelectField>
        {kind === 'status_attestation' && <FormDateField name="atDate" label={t('certificates.form.atDate')} hint={t('certificates.form.atDateHint')} max={todayInRome()} />}
        {kind === 'patto_copy' &&
          (signed.length === 0 && !patti.isPending ? (
            <p>{t('certificates.form.noSignedPatto')}</p>
          ) : (
            <FormSelectField name="pattoId" label={t('certificates.form.patto')}>
              <option value="">{t('certificates.form.pattoPlaceholder')}</option>
              {signed.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('certificates.form.pattoOption', { date: dates.day(p.date), office: p.office })}
                </option>
              ))}
            </FormSelectField>
          ))}
        <FormRadioGroup<CertificateLocale>
          name="locale"
          legend={t('certificates.form.locale')}
          inline
          options={CERTIFICATE_LOCALES.map((l) => ({ value: l, label: t(`certificates.locales.${l}`) }))}
        />
        {request.isError && <ProblemAlert error={request.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={request.isPending}>
            {request.isPending ? t('certificates.form.submitting') : t('certificates.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}

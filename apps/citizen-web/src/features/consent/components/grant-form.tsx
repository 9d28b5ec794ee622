import { CONSENT_MAX_DAYS, CONSENT_PARTS, CONSENT_PURPOSES, GrantConsentBody, type ConsentPart, type ConsentPurpose } from '@opencpi/contracts/browser';
import { addDays, todayInRome } from '@opencpi/i18n';
import {
  checkedValues,
  FormCheckboxGroup,
  FormDateField,
  FormSelectField,
  FormShell,
  FormTextareaField,
  Loading,
  ProblemAlert,
  StatusMessage,
  useMutationForm,
  type CrossCheck,
  type FieldMessages,
} from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentAgencies } from '../api/use-consent-agencies';
import { useGrantConsent } from '../api/use-grant-consent';
import { useConsentLabels } from '../consent-labels';

interface GrantValues {
  agencyId: string;
  parts: string[];
  purpose: ConsentPurpose;
  purposeText: string;
  validUntil: string;
}
const defaults = (): GrantValues => ({ agencyId: '', parts: [], purpose: 'job_placement', purposeText: '', validUntil: addDays(todayInRome(), 180) });
const toBody = (v: GrantValues): GrantConsentBody => ({
  agencyId: v.agencyId,
  parts: checkedValues(v.parts) as ConsentPart[],
  purpose: v.purpose,
  ...(v.purposeText.trim() ? { purposeText: v.purposeText.trim() } : {}),
  validUntil: v.validUntil,
});
/** what the DTO cannot say: a reason for "Altro motivo", and a last day from today to CONSENT_MAX_DAYS on */
const check: CrossCheck<GrantValues> = (v) => {
  const today = todayInRome();
  return {
    ...(v.purpose === 'other' && !v.purposeText.trim() ? { purposeText: 'required' } : {}),
    ...(v.validUntil && (v.validUntil < today || v.validUntil > addDays(today, CONSENT_MAX_DAYS)) ? { validUntil: 'isNotPastDate' } : {}),
  };
};

/**
 * "Dai il permesso a un'agenzia": agency (of my region), which data (checkboxes), purpose (and its words for "Altro
 * motivo") and the last day; one grant per chosen part, all or none (GrantConsentBody's limits).
 */
export function GrantForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const labels = useConsentLabels();
  const agencies = useConsentAgencies();
  const grant = useGrantConsent();
  const { form, done, submit } = useMutationForm({ dto: GrantConsentBody, toBody, defaults, mutation: grant, check });
  const messages: FieldMessages = (field, type) => {
    if (field === 'agencyId' && type !== 'server') return t('consent.form.agencyRequired');
    if (field === 'parts') return t('consent.form.partsRequired');
    if (field === 'purposeText') return t('consent.form.purposeTextRequired');
    if (field === 'validUntil') return t('consent.form.untilRequired');
    return undefined;
  };
  const today = todayInRome();

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consent.form.title')}</h2>
      <p>{t('consent.form.intro')}</p>
      <StatusMessage>{done ? <p className="mb-0">{t('consent.form.done')}</p> : undefined}</StatusMessage>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : agencies.data.items.length === 0 ? (
        <p>{t('consent.form.noAgencies')}</p>
      ) : (
        <FormShell form={form} messages={messages} onValid={submit}>
          <FormSelectField name="agencyId" label={t('consent.form.agency')}>
            <option value="">{t('consent.form.agencyPlaceholder')}</option>
            {agencies.data.items.map((a) => (
              <option key={a.id} value={a.id}>
                {t('consent.form.agencyOption', { name: a.name, code: a.accreditationCode })}
              </option>
            ))}
          </FormSelectField>
          <FormCheckboxGroup
            name="parts"
            legend={t('consent.form.parts')}
            hint={t('consent.form.partsHint')}
            inline={false}
            options={CONSENT_PARTS.map((p) => ({ value: p, label: labels.part(p) }))}
          />
          <FormSelectField name="purpose" label={t('consent.form.purpose')}>
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {labels.purpose(p)}
              </option>
            ))}
          </FormSelectField>
          <FormTextareaField name="purposeText" label={t('consent.form.purposeText')} hint={t('consent.form.purposeTextHint')} rows={2} />
          <FormDateField name="validUntil" label={t('consent.form.until')} hint={t('consent.form.untilHint')} min={today} max={addDays(today, CONSENT_MAX_DAYS)} />
          {grant.isError && <ProblemAlert error={grant.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={grant.isPending}>
              {grant.isPending ? t('consent.form.submitting') : t('consent.form.submit')}
            </button>
          </div>
        </FormShell>
      )}
    </section>
  );
}

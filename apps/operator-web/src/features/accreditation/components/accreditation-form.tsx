import type { AccreditationResponse } from '@opencpi/contracts';
import { AccreditationBody } from '@opencpi/contracts/browser';
import { FormDateField, FormShell, FormTextField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveAccreditation } from '../api/use-accreditation-mutations';

interface AccreditationValues {
  number: string;
  validFrom: string;
  validUntil: string;
  /** comma- or space-separated */
  serviceCodes: string;
  areas: string;
}
const list = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

/** Record or correct an agency's accreditation (AccreditationBody); the offices of its scope are kept as they are. */
export function AccreditationForm({ agencyId, current }: { agencyId: string; current: AccreditationResponse | undefined }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const save = useSaveAccreditation(agencyId);
  const toBody = (v: AccreditationValues): AccreditationBody => ({
    number: v.number.trim(),
    validFrom: v.validFrom,
    ...(v.validUntil ? { validUntil: v.validUntil } : {}),
    serviceCodes: list(v.serviceCodes.toUpperCase()),
    officeIds: current?.officeIds ?? [],
    areas: list(v.areas.toUpperCase()),
  });
  // the saved values stay in the form (no reset)
  const { form, done, submit } = useMutationForm({
    dto: AccreditationBody,
    toBody,
    defaults: {
      number: current?.number ?? '',
      validFrom: current?.validFrom ?? '',
      validUntil: current?.validUntil ?? '',
      serviceCodes: current?.serviceCodes.join(', ') ?? '',
      areas: current?.areas.join(', ') ?? '',
    },
    mutation: save,
    reset: false,
  });
  const messages: FieldMessages = (field, type) => (field === 'number' && type === 'matches' ? t('accreditation.form.numberFormat') : undefined);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(current ? 'accreditation.form.editTitle' : 'accreditation.form.newTitle')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('accreditation.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextField name="number" label={t('accreditation.form.number')} />
        <FormDateField name="validFrom" label={t('accreditation.form.validFrom')} />
        <FormDateField name="validUntil" label={t('accreditation.form.validUntil')} hint={t('accreditation.form.validUntilHint')} />
        <FormTextField name="serviceCodes" label={t('accreditation.form.serviceCodes')} hint={t('accreditation.form.listHint')} />
        <FormTextField name="areas" label={t('accreditation.form.areas')} hint={t('accreditation.form.listHint')} />
        {save.isError && <ProblemAlert error={save.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" aria-busy={save.isPending}>
            {t('accreditation.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}

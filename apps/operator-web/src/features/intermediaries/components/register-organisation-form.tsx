import { INTERMEDIARY_KINDS, RegisterOrganisationBody, type IntermediaryKind } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, FormTextField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterIntermediary } from '../api/use-register-intermediary';

interface RegisterValues {
  name: string;
  kind: IntermediaryKind;
  fiscalCode: string;
}
const defaults: RegisterValues = { name: '', kind: 'patronato', fiscalCode: '' };
const toBody = (v: RegisterValues): RegisterOrganisationBody => ({ name: v.name.trim(), kind: v.kind, fiscalCode: v.fiscalCode.trim() });

/** "Registra un ente": name, kind and 11-digit fiscal code (RegisterOrganisationBody). */
export function RegisterOrganisationForm() {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const register = useRegisterIntermediary();
  const { form, done, submit } = useMutationForm({ dto: RegisterOrganisationBody, toBody, defaults, mutation: register });
  const messages: FieldMessages = () => undefined;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.register.form.title')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('intermediaries.register.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextField name="name" label={t('intermediaries.register.form.name')} />
        <FormSelectField name="kind" label={t('intermediaries.register.form.kind')}>
          {INTERMEDIARY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`intermediaries.kinds.${k}`)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField name="fiscalCode" label={t('intermediaries.register.form.fiscalCode')} inputMode="numeric" />
        {register.isError && <ProblemAlert error={register.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" aria-busy={register.isPending}>
            {t('intermediaries.register.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}

import { AGENCY_SCOPES, RegisterAgencyClientBody, type AgencyScope } from '@opencpi/contracts/browser';
import { checkedValues, FormCheckboxGroup, FormShell, FormTextareaField, FormTextField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterAgencyClient } from '../api/use-accreditation-mutations';

interface ClientValues {
  clientId: string;
  name: string;
  jwks: string;
  scopes: string[] | string | false;
}
const defaults: ClientValues = { clientId: '', name: '', jwks: '', scopes: [] };
const toBody = (v: ClientValues): RegisterAgencyClientBody => ({
  clientId: v.clientId.trim(),
  name: v.name.trim(),
  jwks: v.jwks.trim(),
  scopes: checkedValues(v.scopes) as AgencyScope[],
});

/** Register a machine client of the agency: its id, a name, its public keys (a JWKS pasted as JSON), the scopes it may ask for. */
export function RegisterClientForm({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const register = useRegisterAgencyClient(agencyId);
  const { form, done, submit } = useMutationForm({ dto: RegisterAgencyClientBody, toBody, defaults, mutation: register });
  const messages: FieldMessages = (field, type, code) => {
    if (field === 'clientId' && type === 'matches') return t('accreditation.clientForm.clientIdFormat');
    if (field === 'jwks' && code === 'AGENCY_JWKS_INVALID') return t('accreditation.clientForm.jwksInvalid');
    if (field === 'scopes') return t('accreditation.clientForm.scopesRequired');
    return undefined;
  };
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accreditation.clientForm.title')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('accreditation.clientForm.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextField name="clientId" label={t('accreditation.clientForm.clientId')} hint={t('accreditation.clientForm.clientIdHint')} autoComplete="off" />
        <FormTextField name="name" label={t('accreditation.clientForm.name')} />
        <FormTextareaField name="jwks" label={t('accreditation.clientForm.jwks')} hint={t('accreditation.clientForm.jwksHint')} rows={6} spellCheck={false} />
        <FormCheckboxGroup
          name="scopes"
          legend={t('accreditation.clientForm.scopes')}
          options={AGENCY_SCOPES.map((s) => ({ value: s, label: t(`accreditation.scopes.${s.replace(':', '_') as 'people_read'}`) }))}
          inline={false}
        />
        {register.isError && <ProblemAlert error={register.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" aria-busy={register.isPending}>
            {t('accreditation.clientForm.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}

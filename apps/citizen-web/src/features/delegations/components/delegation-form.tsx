import { DELEGATION_MAX_DAYS, DELEGATION_SCOPES, GrantDelegationBody, type DelegationScope } from '@opencpi/contracts/browser';
import { addDays, todayInRome } from '@opencpi/i18n';
import {
  checkedValues,
  FormCheckboxGroup,
  FormDateField,
  FormSelectField,
  FormShell,
  Loading,
  ProblemAlert,
  StatusMessage,
  useMutationForm,
  type CrossCheck,
  type FieldMessages,
} from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useGrantDelegation } from '../api/use-grant-delegation';
import { useIntermediaryOrganisations } from '../api/use-intermediary-organisations';

interface DelegationValues {
  organisationId: string;
  scopes: string[];
  validUntil: string;
}
const defaults = (): DelegationValues => ({ organisationId: '', scopes: [], validUntil: addDays(todayInRome(), 180) });
const toBody = (v: DelegationValues): GrantDelegationBody => ({ organisationId: v.organisationId, scopes: checkedValues(v.scopes) as DelegationScope[], validUntil: v.validUntil });
/** what the DTO cannot say: a last day from today to DELEGATION_MAX_DAYS on */
const check: CrossCheck<DelegationValues> = (v) => {
  const today = todayInRome();
  return v.validUntil && (v.validUntil < today || v.validUntil > addDays(today, DELEGATION_MAX_DAYS)) ? { validUntil: 'isNotPastDate' } : {};
};

/** "Delega chi ti assiste": a registered organisation, what it may do (checkboxes) and the last day. */
export function DelegationForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const organisations = useIntermediaryOrganisations();
  const grant = useGrantDelegation();
  const { form, done, submit } = useMutationForm({ dto: GrantDelegationBody, toBody, defaults, mutation: grant, check });
  const messages: FieldMessages = (field, type) => {
    if (field === 'organisationId' && type !== 'server') return t('intermediaries.form.organisationRequired');
    if (field === 'scopes') return t('intermediaries.form.scopesRequired');
    if (field === 'validUntil') return t('intermediaries.form.untilRequired');
    return undefined;
  };
  const today = todayInRome();

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.form.title')}</h2>
      <p>{t('intermediaries.form.intro')}</p>
      <StatusMessage>{done ? <p className="mb-0">{t('intermediaries.form.done')}</p> : undefined}</StatusMessage>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ProblemAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisations.data.items.length === 0 ? (
        <p>{t('intermediaries.form.noOrganisations')}</p>
      ) : (
        <FormShell form={form} messages={messages} onValid={submit}>
          <FormSelectField name="organisationId" label={t('intermediaries.form.organisation')}>
            <option value="">{t('intermediaries.form.organisationPlaceholder')}</option>
            {organisations.data.items.map((o) => (
              <option key={o.id} value={o.id}>
                {t('intermediaries.form.organisationOption', { name: o.name, kind: t(`intermediaries.kinds.${o.kind as 'caf'}`) })}
              </option>
            ))}
          </FormSelectField>
          <FormCheckboxGroup
            name="scopes"
            legend={t('intermediaries.form.scopes')}
            hint={t('intermediaries.form.scopesHint')}
            inline={false}
            options={DELEGATION_SCOPES.map((s) => ({ value: s, label: t(`intermediaries.scopes.${s}`) }))}
          />
          <FormDateField name="validUntil" label={t('intermediaries.form.until')} hint={t('intermediaries.form.untilHint')} min={today} max={addDays(today, DELEGATION_MAX_DAYS)} />
          {grant.isError && <ProblemAlert error={grant.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={grant.isPending}>
              {grant.isPending ? t('intermediaries.form.submitting') : t('intermediaries.form.submit')}
            </button>
          </div>
        </FormShell>
      )}
    </section>
  );
}

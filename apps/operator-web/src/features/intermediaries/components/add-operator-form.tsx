import { AddIntermediaryOperatorBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAddIntermediaryOperator } from '../api/use-add-intermediary-operator';

interface OperatorValues {
  fiscalCode: string;
  givenName: string;
  familyName: string;
}
const defaults: OperatorValues = { fiscalCode: '', givenName: '', familyName: '' };
const toBody = (v: OperatorValues): AddIntermediaryOperatorBody => ({
  fiscalCode: v.fiscalCode.trim().toUpperCase(),
  givenName: v.givenName.trim(),
  familyName: v.familyName.trim(),
});

/** "Aggiungi un operatore" to one organisation (AddIntermediaryOperatorBody). */
export function AddOperatorForm({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation('operator');
  const add = useAddIntermediaryOperator(organisationId);
  const { form, done, submit } = useMutationForm({ dto: AddIntermediaryOperatorBody, toBody, defaults, mutation: add });
  const messages: FieldMessages = () => undefined;
  return (
    <div role="group" aria-label={`${t('intermediaries.register.operatorForm.title')}: ${organisationName}`}>
      <h4 className="h6">{t('intermediaries.register.operatorForm.title')}</h4>
      <StatusMessage>{done ? <p className="mb-0">{t('intermediaries.register.operatorForm.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextField name="fiscalCode" label={t('intermediaries.register.operatorForm.fiscalCode')} autoCapitalize="characters" />
        <FormTextField name="givenName" label={t('intermediaries.register.operatorForm.givenName')} />
        <FormTextField name="familyName" label={t('intermediaries.register.operatorForm.familyName')} />
        {add.isError && <ProblemAlert error={add.error} />}
        <button type="submit" className="btn btn-outline-primary" aria-busy={add.isPending}>
          {t('intermediaries.register.operatorForm.submit')}
        </button>
      </FormShell>
    </div>
  );
}

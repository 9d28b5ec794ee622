import type { ConditionalityCaseResponse, ConfirmationOutcome } from '@opencpi/contracts';
import { ConfirmDecisionBody } from '@opencpi/contracts/browser';
import { dtoResolver, FieldMessagesContext, FormRadioGroup, FormTextareaField, focusFirstInvalid, ProblemAlert, useServerErrors, type FieldMessages } from '@opencpi/ui';
import { useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useConfirmDecision } from '../api/use-confirm-decision';

interface ConfirmationFormValues {
  outcome: ConfirmationOutcome | '';
  note: string;
}

/** The request body: the note when written (ConfirmDecisionBody requires one to return the decision). */
function toConfirmBody(v: ConfirmationFormValues): ConfirmDecisionBody {
  const note = v.note.trim();
  return (note || v.outcome === 'returned' ? { outcome: v.outcome, note } : { outcome: v.outcome }) as ConfirmDecisionBody;
}

const resolver = dtoResolver<ConfirmationFormValues, ConfirmDecisionBody>(ConfirmDecisionBody, toConfirmBody);

function useConfirmationMessages(): FieldMessages {
  const { t } = useTranslation('operator');
  return (field) => {
    if (field === 'outcome') return t('condizionalita.case.confirmation.outcomeRequired');
    if (field === 'note') return t('condizionalita.case.confirmation.noteError');
    return undefined;
  };
}

/**
 * Four eyes: a manager (not the one who decided; the API refuses that) confirms the decision, which adopts the measure
 * and sends it to INPS, or returns it with a note. ConfirmDecisionBody's rules are checked in the browser.
 */
export function ConfirmationForm({
  item,
  labelledBy,
  onDone,
}: {
  item: ConditionalityCaseResponse;
  /** the id of the heading that names the form */
  labelledBy: string;
  onDone: (outcome: ConfirmationOutcome, updated: ConditionalityCaseResponse) => void;
}) {
  const { t } = useTranslation('operator');
  const formRef = useRef<HTMLFormElement>(null);
  const confirm = useConfirmDecision(item.id);
  const form = useForm<ConfirmationFormValues>({ resolver, defaultValues: { outcome: '', note: '' } });
  useServerErrors(form, confirm.error);
  const submit = form.handleSubmit(
    (values) => {
      if (confirm.isPending || !values.outcome) return;
      const outcome = values.outcome;
      confirm.mutate(toConfirmBody(values), {
        onSuccess: (updated) => onDone(outcome, updated),
        onError: () => focusFirstInvalid(formRef.current),
      });
    },
    () => {
      confirm.reset();
      focusFirstInvalid(formRef.current);
    },
  );

  return (
    <FieldMessagesContext value={useConfirmationMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} className="form-section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={labelledBy}>
          <FormRadioGroup<ConfirmationOutcome>
            name="outcome"
            legend={t('condizionalita.case.confirmation.outcome')}
            options={[
              { value: 'confirmed', label: t('condizionalita.case.confirmation.outcomes.confirmed') },
              { value: 'returned', label: t('condizionalita.case.confirmation.outcomes.returned') },
            ]}
          />
          <FormTextareaField name="note" label={t('condizionalita.case.confirmation.note')} hint={t('condizionalita.case.confirmation.noteHint')} maxLength={2000} rows={3} />
          {confirm.isError && <ProblemAlert error={confirm.error} />}
          <button type="submit" className="btn btn-primary" aria-busy={confirm.isPending} disabled={confirm.isPending}>
            {confirm.isPending ? t('condizionalita.case.confirmation.submitting') : t('condizionalita.case.confirmation.submit')}
          </button>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}

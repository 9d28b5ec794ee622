import type { ConditionalityCaseResponse, DecisionOutcome } from '@opencpi/contracts';
import { DecideCaseBody } from '@opencpi/contracts/browser';
import {
  dtoResolver,
  FieldMessagesContext,
  FormRadioGroup,
  FormSelectField,
  FormTextareaField,
  focusFirstInvalid,
  ProblemAlert,
  useServerErrors,
  type FieldMessages,
} from '@opencpi/ui';
import { useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDecideCase } from '../api/use-decide-case';
import { JUSTIFICATION_REASONS } from '../condizionalita-options';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

interface DecisionFormValues {
  outcome: DecisionOutcome | '';
  reasonCode: string;
  reasonText: string;
}

/** The request body: the coded reason when justified, the written grounds when not (DecideCaseBody checks which). */
function toDecideBody(v: DecisionFormValues): DecideCaseBody {
  if (v.outcome === 'justified') return { outcome: v.outcome, reasonCode: v.reasonCode } as DecideCaseBody;
  if (v.outcome === 'not_justified') return { outcome: v.outcome, reasonText: v.reasonText.trim() };
  return { outcome: v.outcome } as unknown as DecideCaseBody; // nothing chosen yet: only "Esito" is refused
}

const resolver = dtoResolver<DecisionFormValues, DecideCaseBody>(DecideCaseBody, toDecideBody);

function useDecisionMessages(): FieldMessages {
  const { t } = useTranslation('operator');
  return (field) => {
    if (field === 'outcome') return t('condizionalita.case.decision.outcomeRequired');
    if (field === 'reasonCode') return t('condizionalita.case.decision.reasonRequired');
    if (field === 'reasonText') return t('condizionalita.case.decision.reasonTextError');
    return undefined;
  };
}

/**
 * "Decisione": justified (with the reason from the ministry's list, the person's own preselected) or not justified
 * (with written grounds, which go into the letter). DecideCaseBody's rules are checked in the browser; the API's field
 * errors show on the same fields. Says which measure "not justified" leads to, and that a cut needs four eyes.
 */
export function DecisionForm({
  item,
  labelledBy,
  onDecided,
}: {
  item: ConditionalityCaseResponse;
  /** the id of the heading that names the form */
  labelledBy: string;
  onDecided: (updated: ConditionalityCaseResponse) => void;
}) {
  const { t } = useTranslation('operator');
  const labels = useCondizionalitaLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const decide = useDecideCase(item.id);
  const form = useForm<DecisionFormValues>({
    resolver,
    defaultValues: { outcome: '', reasonCode: item.justification?.reasonCode ?? '', reasonText: '' },
  });
  useServerErrors(form, decide.error);
  const outcome = form.watch('outcome');
  const submit = form.handleSubmit(
    (values) => {
      if (decide.isPending) return;
      decide.mutate(toDecideBody(values), { onSuccess: onDecided, onError: () => focusFirstInvalid(formRef.current) });
    },
    () => {
      decide.reset();
      focusFirstInvalid(formRef.current);
    },
  );

  return (
    <FieldMessagesContext value={useDecisionMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} className="form-section" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={labelledBy}>
          {item.prospectiveSanction && (
            <p>{t('condizionalita.case.decision.prospective', { sanction: labels.sanction(item.prospectiveSanction), step: item.prospectiveStep ?? 1 })}</p>
          )}
          <p className="small">{t('condizionalita.case.decision.fourEyes')}</p>
          <FormRadioGroup<DecisionOutcome>
            name="outcome"
            legend={t('condizionalita.case.decision.outcome')}
            options={[
              { value: 'justified', label: t('condizionalita.case.decision.outcomes.justified') },
              { value: 'not_justified', label: t('condizionalita.case.decision.outcomes.not_justified') },
            ]}
            inline
          />
          {outcome === 'justified' && (
            <FormSelectField name="reasonCode" label={t('condizionalita.case.decision.reason')}>
              <option value="">{t('condizionalita.case.decision.reasonPlaceholder')}</option>
              {JUSTIFICATION_REASONS.map((code) => (
                <option key={code} value={code}>
                  {labels.reason(code)}
                </option>
              ))}
            </FormSelectField>
          )}
          {outcome === 'not_justified' && (
            <FormTextareaField
              name="reasonText"
              label={t('condizionalita.case.decision.reasonText')}
              hint={t('condizionalita.case.decision.reasonTextHint')}
              maxLength={2000}
              rows={4}
            />
          )}
          {decide.isError && <ProblemAlert error={decide.error} />}
          <button type="submit" className="btn btn-primary" aria-busy={decide.isPending} disabled={decide.isPending}>
            {decide.isPending ? t('condizionalita.case.decision.submitting') : t('condizionalita.case.decision.submit')}
          </button>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}

import type { PattoContentResponse, PattoTemplateResponse } from '@opencpi/contracts';
import { PattoContentBody } from '@opencpi/contracts/browser';
import {
  dtoResolver,
  FieldMessagesContext,
  FormCheckboxField,
  FormSelectField,
  FormTextareaField,
  FormTextField,
  focusFirstInvalid,
  ProblemAlert,
  useFieldError,
  useServerErrors,
  type FieldMessages,
} from '@opencpi/ui';
import { useRef, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GOL_PATHWAYS, usePattoLabels } from '../hooks/use-patto-labels';
import { fromContent, fromTemplate, toPattoContentBody, type PattoFormValues } from '../patto-form-values';
import { PattoActionsSection } from './patto-actions-section';

export interface PattoFormProps {
  /** one template per GOL pathway */
  templates: readonly PattoTemplateResponse[];
  /** edit: the content of the version being edited; new: undefined (the form starts from the template of `defaultPathway`) */
  initial?: PattoContentResponse;
  defaultPathway?: number;
  /** the failed save, if any (its field errors are shown next to the fields) */
  error: unknown;
  pending: boolean;
  onSubmit: (content: PattoContentBody) => void;
  /** more buttons next to "Salva la bozza" (e.g. cancel an amendment) */
  extraActions?: ReactNode;
}

const ACTION_ERROR_KEYS: Record<string, string> = { type: 'actionType', title: 'actionTitle', provider: 'actionProvider', dueDate: 'actionDueDate' };

/** The patto form's own sentences, by field (`actions.2.title` → "actionTitle" of action 3). */
function usePattoMessages(): FieldMessages {
  const { t } = useTranslation('operator');
  return (field) => {
    const row = /^actions\.(\d+)\.(\w+)$/.exec(field);
    if (row) return t(`patto.form.errors.${ACTION_ERROR_KEYS[row[2] ?? ''] ?? 'actions'}` as 'patto.form.errors.actions', { n: Number(row[1]) + 1 });
    const key = field.split('.')[0];
    return key ? t(`patto.form.errors.${key}` as 'patto.form.errors.actions') : undefined;
  };
}

function AvailabilityFieldset() {
  const { t } = useTranslation('operator');
  const error = useFieldError('availability');
  return (
    <fieldset className={['form-fieldset', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
      <legend>{t('patto.form.availability')}</legend>
      <FormCheckboxField name="availability.workshops" label={t('patto.form.workshops')} />
      <FormCheckboxField name="availability.training" label={t('patto.form.training')} />
      <FormCheckboxField name="availability.congruousOffers" label={t('patto.form.congruousOffers')} />
      {error && (
        <p className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The content of a patto (new draft, draft, or amendment of a signed one): GOL pathway, job-search acts and timing,
 * contact frequency, proof of search, the person's availability, and the actions with their due dates. The limits are
 * PattoContentBody's (class-validator in the browser); the API's field errors show next to the same fields. Choosing
 * another pathway before touching anything else refills the form from that pathway's template.
 */
export function PattoForm({ templates, initial, defaultPathway, error, pending, onSubmit, extraActions }: PattoFormProps) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const templateOf = (pathway: string) => templates.find((tpl) => String(tpl.pathway) === pathway);
  const agencyId = initial?.agencyId;
  const firstPathway = String(defaultPathway ?? templates[0]?.pathway ?? 1);
  const form = useForm<PattoFormValues>({
    resolver: dtoResolver<PattoFormValues, PattoContentBody>(PattoContentBody, (v) => toPattoContentBody(v, agencyId)),
    defaultValues: initial ? fromContent(initial) : fromTemplate(firstPathway, templateOf(firstPathway)),
  });
  useServerErrors(form, error);
  // the agency the person chose has no field here: the server's error on it is said above the form
  const agencyError = 'agencyId' in form.formState.errors;
  /** another pathway chosen before anything else was touched: the form is refilled from its template */
  const onPathwayChange = (e: { target: { value: string } }) => {
    const touched = Object.keys(form.formState.dirtyFields).some((k) => k !== 'pathway');
    if (!touched) form.reset(fromTemplate(e.target.value, templateOf(e.target.value)));
  };
  const submit = form.handleSubmit(
    (values) => onSubmit(toPattoContentBody(values, agencyId)),
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <FieldMessagesContext value={usePattoMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} className="patto-form" onSubmit={(e) => void submit(e)} noValidate>
          {!!error && <ProblemAlert error={error} />}
          {agencyError && <p className="text-field__error">{t('patto.form.errors.agencyId')}</p>}
          <div className="row">
            <div className="col-md-8 col-lg-6">
              <FormSelectField name="pathway" rules={{ onChange: onPathwayChange }} label={t('patto.form.pathway')} hint={t('patto.form.pathwayHint')}>
                {GOL_PATHWAYS.map((p) => (
                  <option key={p} value={String(p)}>
                    {labels.pathway(p)}
                  </option>
                ))}
              </FormSelectField>
            </div>
          </div>
          <FormTextareaField name="jobSearchActs" label={t('patto.form.jobSearchActs')} rows={5} />
          <div className="row">
            <div className="col-sm-6 col-md-4">
              <FormTextField name="contactFrequencyDays" inputMode="numeric" label={t('patto.form.contactFrequencyDays')} hint={t('patto.form.contactFrequencyHint')} />
            </div>
          </div>
          <FormTextareaField name="proofOfSearch" label={t('patto.form.proofOfSearch')} rows={4} />
          <AvailabilityFieldset />
          <PattoActionsSection />
          <div className="d-flex flex-wrap gap-3">
            <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
              {t('patto.form.submit')}
            </button>
            {extraActions}
          </div>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}

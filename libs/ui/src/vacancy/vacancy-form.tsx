import type { OfficeResponse, OperatorVacancyBody, VacancyBody, VacancyResponse } from '@opencpi/contracts';
import { LICENCES, OperatorVacancyBody as OperatorVacancyDto, VacancyBody as VacancyDto } from '@opencpi/contracts/browser';
import { useId, useMemo, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../components/problem-alert';
import { StatusMessage } from '../components/status-message';
import { dtoResolver } from '../forms/dto-resolver';
import { FieldMessagesContext, type FieldMessages } from '../forms/field-messages';
import { focusFirstInvalid } from '../forms/focus-first-invalid';
import { FormCheckboxGroup } from '../forms/form-choice-groups';
import { FormSelectField, FormTextareaField, FormTextField } from '../forms/form-fields';
import { useServerErrors } from '../forms/server-errors';
import { VacancyConditionsSection } from './vacancy-conditions-section';
import { toVacancyBody, vacancyFieldOf, vacancyFormDefaults, EQF_LEVELS, type VacancyFormValues } from './vacancy-form-values';
import { VacancyLanguagesSection } from './vacancy-languages-section';
import type { VacancyOptionLabels } from './vacancy-option-labels';
import { OccupationPickField } from './vacancy-pick-field';
import { VacancySkillsSection } from './vacancy-skills-section';

export type VacancyAudience = 'company' | 'operator';

export interface VacancyFormProps {
  /** `company`: the company area (VacancyBody); `operator`: a CPI operator for a company (OperatorVacancyBody, with the office) */
  audience: VacancyAudience;
  /** operator: the offices the operator works in (the first is chosen) */
  offices?: readonly OfficeResponse[];
  /** the draft being edited; none for a new vacancy */
  initial?: VacancyResponse;
  labels: VacancyOptionLabels;
  saving: boolean;
  /** the last save's error: its problem+json field errors show next to their fields */
  error: unknown;
  /** after a successful save: "Bozza salvata." in a status box */
  saved?: boolean;
  onSave: (body: VacancyBody | OperatorVacancyBody) => unknown;
}

/** The sentence of the catalogue for a field's failed check: by field (`title`, `languages.0.level` → `level` of row 1). */
function useVacancyMessages(): FieldMessages {
  const { t, i18n } = useTranslation('common');
  return (field) => {
    const parts = field.split('.');
    const row = parts.length === 3 && /^\d+$/.test(parts[1] ?? '') ? Number(parts[1]) : undefined;
    const key = `vacancyForm.errors.${parts.at(-1)}`;
    return i18n.exists(key, { ns: 'common' }) ? t(key as 'vacancyForm.errors.title', { n: (row ?? 0) + 1 }) : undefined;
  };
}

/**
 * The vacancy form of the company area and of operators: title, ESCO occupation, description, required skills,
 * minimum EQF, languages, licences, workplace, contract, hours, pay, duration, start, positions and closing date.
 * The limits are the shared DTO's (VacancyBody / OperatorVacancyBody), checked in the browser by class-validator;
 * the API's field errors (problem+json `errors[]`) show next to the same fields.
 */
export function VacancyForm({ audience, offices = [], initial, labels, saving, error, saved = false, onSave }: VacancyFormProps) {
  const { t } = useTranslation('common');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const withOffice = audience === 'operator';
  const resolver = useMemo(
    () => dtoResolver<VacancyFormValues, VacancyBody>(withOffice ? OperatorVacancyDto : VacancyDto, (v) => toVacancyBody(v, withOffice), vacancyFieldOf),
    [withOffice],
  );
  const form = useForm<VacancyFormValues>({ resolver, defaultValues: vacancyFormDefaults(initial, offices[0]?.id) });
  useServerErrors(form, error, vacancyFieldOf);
  const messages = useVacancyMessages();

  const submit = form.handleSubmit(
    async (values) => {
      try {
        await onSave(toVacancyBody(values, withOffice));
        // saved: what is in the form is now the draft ("Bozza salvata." shows until the next change)
        form.reset(values);
      } catch {
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <FieldMessagesContext value={messages}>
      <FormProvider {...form}>
        <form ref={formRef} className="vacancy-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('vacancyForm.title')}</h2>
          {withOffice && (
            <FormSelectField name="officeId" label={t('vacancyForm.office')}>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </FormSelectField>
          )}
          <FormTextField name="title" label={t('vacancyForm.titleField')} hint={t('vacancyForm.titleHint')} />
          <OccupationPickField
            label={t('vacancyForm.occupation')}
            hint={t('vacancyForm.occupationHint')}
            chosenText={(v) => t('vacancyForm.occupationChosen', { label: v.label })}
          />
          <FormTextareaField name="description" rows={6} label={t('vacancyForm.description')} hint={t('vacancyForm.descriptionHint')} />
          <VacancySkillsSection id={id} />
          <FormSelectField name="minEqf" className="form-section" label={t('vacancyForm.minEqf')}>
            {EQF_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {labels.eqf(level)}
              </option>
            ))}
          </FormSelectField>
          <VacancyLanguagesSection labels={labels} />
          <FormCheckboxGroup
            name="licences"
            className="form-section"
            legend={t('vacancyForm.licences.legend')}
            hint={t('vacancyForm.licences.hint')}
            options={LICENCES.map((l) => ({ value: l, label: labels.licence(l) }))}
          />
          <VacancyConditionsSection labels={labels} />
          {error ? <ProblemAlert error={error} /> : null}
          <StatusMessage>{saved && !form.formState.isDirty ? <p>{t('vacancyForm.saved')}</p> : undefined}</StatusMessage>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={saving}>
              {saving ? t('vacancyForm.submitting') : t('vacancyForm.submit')}
            </button>
          </div>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}

import { CheckboxField, FormCheckboxField, FormCheckboxGroup, FormSelectField, FormTextField, useFieldError } from '@opencpi/ui';
import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';
import { CONTRACT_TYPES, VISIBILITIES, WORK_HOURS } from '../matching-options';
import type { ProfileDraft } from '../profile-draft';
import { ComuneAutocomplete } from './taxonomy-autocompletes';

/** The comune of domicile: an autocomplete whose field (`comune`) holds the comune picked. */
function ComuneField() {
  const { t } = useTranslation('citizen');
  const { field } = useController<ProfileDraft, 'comune'>({ name: 'comune' });
  return (
    <>
      <ComuneAutocomplete
        ref={field.ref}
        label={t('matching.profile.where.comune')}
        error={useFieldError('comune')}
        onChoose={(comune) => field.onChange({ istat: comune.istat, name: comune.name })}
      />
      <p className="fw-semibold" aria-live="polite">
        {field.value ? t('matching.profile.where.comuneChosen', { name: field.value.name }) : t('matching.profile.where.comuneNone')}
      </p>
    </>
  );
}

/**
 * "Dove e come puoi lavorare": the comune of domicile (autocomplete), the maximum distance and travel time, own
 * vehicle, hours, shifts, the contracts accepted and immediate availability.
 */
export function WhereSection() {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.where.title')}</h2>
      <ComuneField />
      <FormTextField name="maxKm" type="number" inputMode="numeric" step={1} label={t('matching.profile.where.maxKm')} hint={t('matching.profile.where.maxKmHint')} />
      <FormTextField name="maxMinutes" type="number" inputMode="numeric" step={1} label={t('matching.profile.where.maxMinutes')} />
      <div className="form-section mt-0 mb-3">
        <FormCheckboxField name="ownVehicle" label={t('matching.profile.where.ownVehicle')} />
      </div>
      <FormSelectField name="hours" label={t('matching.profile.where.hours')}>
        {WORK_HOURS.map((hours) => (
          <option key={hours} value={hours}>
            {labels.hours(hours)}
          </option>
        ))}
      </FormSelectField>
      <div className="mb-4">
        <FormCheckboxField name="shifts" label={t('matching.profile.where.shifts')} />
      </div>
      <FormCheckboxGroup
        name="contractTypes"
        inline={false}
        legend={t('matching.profile.where.contracts')}
        options={CONTRACT_TYPES.map((contract) => ({ value: contract, label: labels.contract(contract) }))}
      />
      <FormCheckboxField name="available" label={t('matching.profile.where.available')} />
    </section>
  );
}

/** "Chi può vedere il mio profilo": nobody, the CPI and agencies, or employers too (anonymously or by name). */
export function VisibilitySection() {
  const { t } = useTranslation('citizen');
  const id = useId();
  const { register } = useFormContext<ProfileDraft>();
  const error = useFieldError('visibility');
  return (
    <fieldset
      className={['form-fieldset', 'mt-5', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      tabIndex={-1}
    >
      <legend>{t('matching.profile.visibility.legend')}</legend>
      <p id={`${id}-hint`} className="text-field__hint form-text">
        {t('matching.profile.visibility.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
      <div className="choice-list">
        {VISIBILITIES.map((value) => (
          <CheckboxField key={value} type="radio" label={t(`matching.profile.visibility.${value}`)} value={value} {...register('visibility')} />
        ))}
      </div>
    </fieldset>
  );
}

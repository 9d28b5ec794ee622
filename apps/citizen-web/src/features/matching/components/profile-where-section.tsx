import { CheckboxField, SelectField, TextField } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';
import { CONTRACT_TYPES, VISIBILITIES, WORK_HOURS, isOneOf } from '../matching-options';
import type { DraftSectionProps } from '../profile-draft';
import { ComuneAutocomplete } from './taxonomy-autocompletes';

/**
 * "Dove e come puoi lavorare": the comune of domicile (autocomplete), the maximum distance and travel time, own
 * vehicle, hours, shifts, the contracts accepted and immediate availability.
 */
export function WhereSection({ draft, change, errorFor, clearError }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();
  const contractsId = useId();
  const contractsError = errorFor('/contractTypes');

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.profile.where.title')}</h2>

      <ComuneAutocomplete
        label={t('matching.profile.where.comune')}
        error={errorFor('/comuneIstat')}
        onChoose={(comune) => {
          change({ comune: { istat: comune.istat, name: comune.name } });
          clearError('/comuneIstat');
        }}
      />
      <p className="fw-semibold" aria-live="polite">
        {draft.comune ? t('matching.profile.where.comuneChosen', { name: draft.comune.name }) : t('matching.profile.where.comuneNone')}
      </p>

      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={150}
        step={1}
        label={t('matching.profile.where.maxKm')}
        hint={t('matching.profile.where.maxKmHint')}
        value={draft.maxKm}
        onChange={(e) => {
          change({ maxKm: e.target.value });
          clearError('/maxKm');
        }}
        error={errorFor('/maxKm')}
      />
      <TextField
        type="number"
        inputMode="numeric"
        min={5}
        max={240}
        step={1}
        label={t('matching.profile.where.maxMinutes')}
        value={draft.maxMinutes}
        onChange={(e) => {
          change({ maxMinutes: e.target.value });
          clearError('/maxMinutes');
        }}
        error={errorFor('/maxMinutes')}
      />
      <div className="form-section mt-0 mb-3">
        <CheckboxField
          label={t('matching.profile.where.ownVehicle')}
          checked={draft.ownVehicle}
          onChange={(e) => change({ ownVehicle: e.target.checked })}
          error={errorFor('/ownVehicle')}
        />
      </div>
      <SelectField
        label={t('matching.profile.where.hours')}
        value={draft.hours}
        onChange={(e) => {
          if (isOneOf(WORK_HOURS, e.target.value)) change({ hours: e.target.value });
        }}
        error={errorFor('/hours')}
      >
        {WORK_HOURS.map((hours) => (
          <option key={hours} value={hours}>
            {labels.hours(hours)}
          </option>
        ))}
      </SelectField>
      <div className="mb-4">
        <CheckboxField label={t('matching.profile.where.shifts')} checked={draft.shifts} onChange={(e) => change({ shifts: e.target.checked })} error={errorFor('/shifts')} />
      </div>

      <fieldset className={['form-fieldset', contractsError ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={contractsError ? `${contractsId}-error` : undefined}>
        <legend>{t('matching.profile.where.contracts')}</legend>
        {contractsError && (
          <p id={`${contractsId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {contractsError}
          </p>
        )}
        <div className="choice-list">
          {CONTRACT_TYPES.map((contract) => (
            <CheckboxField
              key={contract}
              label={labels.contract(contract)}
              value={contract}
              checked={draft.contractTypes.includes(contract)}
              onChange={(e) => {
                const checked = e.target.checked;
                change((d) => ({
                  contractTypes: checked ? [...d.contractTypes, contract] : d.contractTypes.filter((c) => c !== contract),
                }));
              }}
            />
          ))}
        </div>
      </fieldset>

      <CheckboxField
        label={t('matching.profile.where.available')}
        checked={draft.available}
        onChange={(e) => change({ available: e.target.checked })}
        error={errorFor('/available')}
      />
    </section>
  );
}

/** "Chi può vedere il mio profilo": nobody, the CPI and agencies, or employers too (anonymously or by name). */
export function VisibilitySection({ draft, change, errorFor }: DraftSectionProps) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const error = errorFor('/visibility');
  return (
    <fieldset className={['form-fieldset', 'mt-5', error ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
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
          <CheckboxField
            key={value}
            type="radio"
            name={`${id}-visibility`}
            label={t(`matching.profile.visibility.${value}`)}
            value={value}
            checked={draft.visibility === value}
            onChange={() => change({ visibility: value })}
          />
        ))}
      </div>
    </fieldset>
  );
}

import { CONTRACT_TYPES } from '@opencpi/contracts/browser';
import { todayInRome } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { FormDateField, FormSelectField, FormTextField } from '../forms/form-fields';
import { ComunePickField } from './vacancy-pick-field';
import { VACANCY_HOURS } from './vacancy-form-values';
import type { VacancyOptionLabels } from './vacancy-option-labels';

/** Workplace, contract, hours, pay, duration, start, positions and closing date. */
export function VacancyConditionsSection({ labels }: { labels: VacancyOptionLabels }) {
  const { t } = useTranslation('common');
  return (
    <>
      <ComunePickField label={t('vacancyForm.comune')} hint={t('vacancyForm.comuneHint')} chosenText={(v) => t('vacancyForm.comuneChosen', { name: v.name })} />
      <div className="form-pair">
        <FormSelectField name="contractType" label={t('vacancyForm.contractType')}>
          {CONTRACT_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.contractType(type)}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField name="hours" label={t('vacancyForm.hours')}>
          {VACANCY_HOURS.map((h) => (
            <option key={h} value={h}>
              {labels.hours(h)}
            </option>
          ))}
        </FormSelectField>
      </div>
      <div className="form-pair">
        <FormTextField name="payMin" inputMode="decimal" label={t('vacancyForm.payMin')} hint={t('vacancyForm.optional')} />
        <FormTextField name="payMax" inputMode="decimal" label={t('vacancyForm.payMax')} hint={t('vacancyForm.optional')} />
      </div>
      <div className="form-pair">
        <FormTextField name="durationMonths" inputMode="numeric" label={t('vacancyForm.durationMonths')} />
        <FormDateField name="startDate" label={t('vacancyForm.startDate')} />
      </div>
      <div className="form-pair">
        <FormTextField name="positions" inputMode="numeric" label={t('vacancyForm.positions')} />
        <FormDateField name="expiresOn" label={t('vacancyForm.expiresOn')} hint={t('vacancyForm.expiresOnHint')} min={todayInRome()} />
      </div>
    </>
  );
}

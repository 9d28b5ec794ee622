import { FormDateField, FormRadioGroup, FormSelectField, FormTextField } from '@opencpi/ui';
import { todayInRome, useCodeLabels } from '@opencpi/i18n';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BENEFITS, COUNTRIES, LOW_INCOME_KINDS, WORK_CONDITIONS } from '../did-options';
import type { DidFormValues } from '../did-form-values';

/** The work situation (radios) with its own follow-up field, income support and citizenship. */
export function DidSituationFields() {
  const { t } = useTranslation('citizen');
  const codes = useCodeLabels();
  const workCondition = useWatch<DidFormValues, 'workCondition'>({ name: 'workCondition' });
  const today = todayInRome();
  return (
    <>
      <FormRadioGroup
        name="workCondition"
        legend={t('did.form.workCondition.legend')}
        options={WORK_CONDITIONS.map((value) => ({ value, label: t(`did.form.workCondition.${value}`) }))}
      />
      {workCondition === 'no_job' && <FormDateField name="lastJobEndDate" label={t('did.form.lastJobEndDate')} hint={t('did.form.lastJobEndDateHint')} max={today} />}
      {workCondition === 'notice_period' && <FormDateField name="noticeEndDate" label={t('did.form.noticeEndDate')} min={today} />}
      {workCondition === 'low_income_work' && (
        <>
          <FormSelectField name="lowIncomeKind" label={t('did.form.lowIncomeKind')}>
            {LOW_INCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`did.form.lowIncomeKinds.${kind}`)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField name="expectedAnnualIncome" inputMode="decimal" label={t('did.form.expectedAnnualIncome')} hint={t('did.form.expectedAnnualIncomeHint')} />
        </>
      )}
      <FormSelectField name="benefit" label={t('did.form.benefit')} hint={t('did.form.benefitHint')}>
        {BENEFITS.map((b) => (
          <option key={b} value={b}>
            {codes.benefit(b)}
          </option>
        ))}
      </FormSelectField>
      <FormSelectField name="citizenship" label={t('did.form.citizenship')}>
        {COUNTRIES.map((code) => (
          <option key={code} value={code}>
            {t(`did.countries.${code}`)}
          </option>
        ))}
      </FormSelectField>
    </>
  );
}

import { FormDateField, FormSelectField, FormTextField, RepeatableRows } from '@opencpi/ui';
import { todayInRome, useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, EQF_LEVELS, LANGUAGES } from '../did-options';

/** "Titoli di studio": title, EQF level and year of each (at most 10, the DTO's limit). */
export function DidEducationRows() {
  const { t } = useTranslation('citizen');
  const codes = useCodeLabels();
  return (
    <RepeatableRows
      name="education"
      title={t('did.form.education.title')}
      empty={t('did.form.education.empty')}
      rowLegend={(i) => t('did.form.education.row', { n: i + 1 })}
      addLabel={t('did.form.education.add')}
      removeLabel={(i) => t('did.form.education.remove', { n: i + 1 })}
      newRow={() => ({ title: '', eqfLevel: '', year: '' })}
      renderRow={(i) => (
        <>
          <FormTextField name={`education.${i}.title`} label={t('did.form.education.name')} />
          <FormSelectField name={`education.${i}.eqfLevel`} label={t('did.form.education.eqfLevel')}>
            <option value="">{t('did.form.education.eqfPlaceholder')}</option>
            {EQF_LEVELS.map((level) => (
              <option key={level} value={level}>
                {codes.eqf(level)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField name={`education.${i}.year`} inputMode="numeric" label={t('did.form.education.year')} hint={t('forms.optional')} />
        </>
      )}
    />
  );
}

/** "Esperienze di lavoro": occupation, employer, from and to (at most 20). */
export function DidJobRows() {
  const { t } = useTranslation('citizen');
  return (
    <RepeatableRows
      name="jobs"
      title={t('did.form.jobs.title')}
      empty={t('did.form.jobs.empty')}
      rowLegend={(i) => t('did.form.jobs.row', { n: i + 1 })}
      addLabel={t('did.form.jobs.add')}
      removeLabel={(i) => t('did.form.jobs.remove', { n: i + 1 })}
      newRow={() => ({ occupation: '', employer: '', from: '', to: '' })}
      renderRow={(i) => (
        <>
          <FormTextField name={`jobs.${i}.occupation`} label={t('did.form.jobs.occupation')} />
          <FormTextField name={`jobs.${i}.employer`} label={t('did.form.jobs.employer')} hint={t('forms.optional')} />
          <FormDateField name={`jobs.${i}.from`} label={t('did.form.jobs.from')} max={todayInRome()} />
          <FormDateField name={`jobs.${i}.to`} label={t('did.form.jobs.to')} hint={t('did.form.jobs.toHint')} />
        </>
      )}
    />
  );
}

/** "Lingue": language and CEFR level (at most 10). */
export function DidLanguageRows() {
  const { t } = useTranslation('citizen');
  const codes = useCodeLabels();
  return (
    <RepeatableRows
      name="languages"
      title={t('did.form.languages.title')}
      empty={t('did.form.languages.empty')}
      rowLegend={(i) => t('did.form.languages.row', { n: i + 1 })}
      addLabel={t('did.form.languages.add')}
      removeLabel={(i) => t('did.form.languages.remove', { n: i + 1 })}
      newRow={() => ({ language: '', level: '' })}
      renderRow={(i) => (
        <>
          <FormSelectField name={`languages.${i}.language`} label={t('did.form.languages.language')}>
            <option value="">{t('did.form.languages.languagePlaceholder')}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {codes.language(code)}
              </option>
            ))}
          </FormSelectField>
          <FormSelectField name={`languages.${i}.level`} label={t('did.form.languages.level')}>
            <option value="">{t('did.form.languages.levelPlaceholder')}</option>
            {CEFR_LEVELS.map((level) => (
              <option key={level} value={level}>
                {codes.cefr(level)}
              </option>
            ))}
          </FormSelectField>
        </>
      )}
    />
  );
}

import { FormCheckboxGroup, FormDateField, FormSelectField, FormTextareaField, FormTextField, RepeatableRows } from '@opencpi/ui';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayInItaly } from '../../shared/hooks/use-dates';
import { useMatchingLabels } from '../matching-labels';
import { CEFR_LEVELS, EQF_LEVELS, LANGUAGES, LICENCES, isOneOf } from '../matching-options';
import type { ProfileDraft } from '../profile-draft';

/** "Esperienze di lavoro": job held, employer, from, to, tasks (the occupation the API linked is kept). At most 20. */
export function ExperiencesSection() {
  const { t } = useTranslation('citizen');
  return (
    <RepeatableRows
      name="experiences"
      headingLevel={2}
      title={t('matching.profile.experiences.title')}
      empty={t('matching.profile.experiences.empty')}
      rowLegend={(i) => t('matching.profile.experiences.row', { n: i + 1 })}
      addLabel={t('matching.profile.experiences.add')}
      removeLabel={(i) => t('matching.profile.experiences.remove', { n: i + 1 })}
      max={20}
      newRow={() => ({ title: '', employer: '', from: '', to: '', tasks: '' })}
      renderRow={(i) => (
        <>
          <FormTextField name={`experiences.${i}.title`} label={t('matching.profile.experiences.jobTitle')} />
          <FormTextField name={`experiences.${i}.employer`} label={t('matching.profile.experiences.employer')} hint={t('forms.optional')} />
          <FormDateField name={`experiences.${i}.from`} label={t('matching.profile.experiences.from')} max={todayInItaly()} />
          <FormDateField name={`experiences.${i}.to`} label={t('matching.profile.experiences.to')} hint={t('matching.profile.experiences.toHint')} />
          <FormTextareaField name={`experiences.${i}.tasks`} className="repeat-row__wide" label={t('matching.profile.experiences.tasks')} hint={t('forms.optional')} rows={3} />
        </>
      )}
    />
  );
}

/** "Istruzione": study title, EQF level (1–8), year. At most 10. */
export function EducationSection() {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  return (
    <RepeatableRows
      name="education"
      headingLevel={2}
      title={t('matching.profile.education.title')}
      empty={t('matching.profile.education.empty')}
      rowLegend={(i) => t('matching.profile.education.row', { n: i + 1 })}
      addLabel={t('matching.profile.education.add')}
      removeLabel={(i) => t('matching.profile.education.remove', { n: i + 1 })}
      max={10}
      newRow={() => ({ title: '', eqfLevel: '', year: '' })}
      renderRow={(i) => (
        <>
          <FormTextField name={`education.${i}.title`} label={t('matching.profile.education.name')} />
          <FormSelectField name={`education.${i}.eqfLevel`} label={t('matching.profile.education.eqfLevel')}>
            <option value="">{t('matching.profile.education.eqfPlaceholder')}</option>
            {EQF_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.eqf(level)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField name={`education.${i}.year`} type="number" inputMode="numeric" label={t('matching.profile.education.year')} hint={t('forms.optional')} />
        </>
      )}
    />
  );
}

/** A language from the DID that the list does not offer stays as it is. */
function LanguageSelect({ index }: { index: number }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const current = useWatch<ProfileDraft, `languages.${number}.language`>({ name: `languages.${index}.language` });
  return (
    <FormSelectField name={`languages.${index}.language`} label={t('matching.profile.languages.language', { n: index + 1 })}>
      <option value="">{t('matching.profile.languages.languagePlaceholder')}</option>
      {LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {labels.language(code)}
        </option>
      ))}
      {current && !isOneOf(LANGUAGES, current) && <option value={current}>{current}</option>}
    </FormSelectField>
  );
}

/** "Lingue": rows with the selects "Lingua N" and "Livello N" (A1…C2, Madrelingua). At most 10. */
export function LanguagesSection() {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  return (
    <RepeatableRows
      name="languages"
      headingLevel={2}
      title={t('matching.profile.languages.title')}
      empty={t('matching.profile.languages.empty')}
      rowLegend={(i) => t('matching.profile.languages.language', { n: i + 1 })}
      addLabel={t('matching.profile.languages.add')}
      removeLabel={(i) => t('matching.profile.languages.remove', { n: i + 1 })}
      max={10}
      newRow={() => ({ language: '', level: '' })}
      renderRow={(i) => (
        <>
          <LanguageSelect index={i} />
          <FormSelectField name={`languages.${i}.level`} label={t('matching.profile.languages.level', { n: i + 1 })}>
            <option value="">{t('matching.profile.languages.levelPlaceholder')}</option>
            {CEFR_LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.cefr(level)}
              </option>
            ))}
          </FormSelectField>
        </>
      )}
    />
  );
}

/** "Patenti e abilitazioni": a checkbox per licence ("Patente B", "CQC", "Patentino muletto"). */
export function LicencesFieldset() {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  return (
    <FormCheckboxGroup
      name="licences"
      className="mt-5"
      legend={t('matching.profile.licences.legend')}
      hint={t('matching.profile.licences.hint')}
      options={LICENCES.map((licence) => ({ value: licence, label: labels.licence(licence) }))}
    />
  );
}
